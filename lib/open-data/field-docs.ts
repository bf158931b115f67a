/** Field documentation for the /data/ page, read from the published JSON Schema itself. */
import { z } from 'zod';
import { datasets, type DatasetName } from './datasets';

interface JsonSchemaField {
  type?: string | string[];
  anyOf?: JsonSchemaField[];
  enum?: unknown[];
  items?: JsonSchemaField;
  description?: string;
}

function typeName(field: JsonSchemaField): string {
  if (field.anyOf) return field.anyOf.map(typeName).join(' or ');
  if (field.enum) return `one of ${field.enum.map((v) => `"${String(v)}"`).join(', ')}`;
  if (field.type === 'array') return `list of ${field.items ? typeName(field.items) : 'values'}`;
  return Array.isArray(field.type) ? field.type.join(' or ') : (field.type ?? 'any');
}

export function fieldDocs(name: DatasetName): Array<{ name: string; type: string; description: string }> {
  const schema = z.toJSONSchema(datasets[name].schema) as { properties: Record<string, JsonSchemaField> };
  return Object.entries(schema.properties).map(([field, spec]) => ({
    name: field,
    type: typeName(spec),
    description: spec.description ?? '',
  }));
}
