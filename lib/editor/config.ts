/**
 * Decap CMS's configuration, derived from the entity table and its zod schemas (through
 * zod's JSON Schema export), so the editor's forms are never written a second time:
 * - a field another kind's id fills (the table's `refs`) is a picker over that kind; a field
 *   naming source records (`sources`, and `source` in citations, conflicts and reported
 *   facts: lib/content/schema.ts) is a picker over content/sources/;
 * - a reference that can name two kinds (a project's `snia`: programmes and objectives) is a
 *   list of choices built from the content when the editor starts;
 * - lists are repeatable fields, objects groups of fields, enums selects, integers numbers;
 * - a field is translated in the French and Arabic panes only if the table says it is text.
 * Decap's own checks are off (no `required`, no `pattern`): the project's checks run on
 * save (lib/editor/backend.ts) and speak with the build's words, on the field.
 */
import { z } from 'zod';
import { bodyComponentKinds, documentTypeNames, pagedTypes, entityTable, referencedType, textFieldsOf, type DocumentTypeName, type Reference } from '../content/entities';
import { defaultLocale, locales } from '../site';
import { editorCollectionOf, editorCollections, type EditorCollection } from './collections';
import { SNAPSHOT_FIELD } from './snapshot-field';

interface JsonSchema {
  type?: string;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  required?: string[];
  maxLength?: number;
}

export type DecapField = Record<string, unknown> & { name: string; widget: string; label: string };

/** The ids of every document, by type: what pickers and choices offer. */
export type IdsByType = Partial<Record<DocumentTypeName, Array<{ id: string; label: string }>>>;

/** Long text gets a text area; the rest one line. The site's words, not the schema's. */
const LONG_TEXT = new Set(['summary', 'statement', 'description', 'officialNote', 'quote', 'quotes', 'about', 'details', 'strategicObjectives']);
const SOURCE_FIELDS = new Set(['sources', 'source']);

/** "lastChecked" → "Last checked", "snia" → "Snia". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field that names a document in lists: its official wording, else its title or name. */
export function titleFieldOf(type: DocumentTypeName): string {
  const spec = entityTable[type] as { official?: string; schema: z.ZodObject };
  return [spec.official, 'title', 'name', 'description'].find((f): f is string => !!f && f in spec.schema.shape)!;
}

/** A picker over the documents of one kind, stored as their ids. */
function relation(type: DocumentTypeName, multiple: boolean): { widget: string } & Record<string, unknown> {
  const spec = entityTable[type] as { id?: string };
  const title = titleFieldOf(type);
  const shown = spec.id && spec.id !== title ? [spec.id, title] : [title];
  return {
    widget: 'relation', collection: editorCollectionOf(type).name, value_field: spec.id, search_fields: shown,
    display_fields: shown, multiple, options_length: 400,
  };
}

interface FieldContext {
  type: DocumentTypeName;
  /** Translated in the French and Arabic panes (the collection has i18n). */
  i18n?: boolean;
  ids: IdsByType;
  /** A reference rule of the table, for top-level fields. */
  ref?: Reference;
  /** The schema requires it (said in a hint: Decap's own presence check is off, see above). */
  required?: boolean;
}

function fieldOf(name: string, schema: JsonSchema, ctx: FieldContext): DecapField {
  const base = {
    name, label: fieldLabel(name), required: false,
    ...(ctx.required ? { hint: 'Required.' } : {}),
    ...(ctx.i18n === undefined ? {} : { i18n: ctx.i18n }),
  };
  const items = schema.items;
  if (ctx.ref && typeof ctx.ref.to === 'function') {
    // Choices from every kind the rule can name, each id checked against the rule itself.
    const rule = ctx.ref;
    const options = documentTypeNames.flatMap((t) => (ctx.ids[t] ?? []).filter(({ id }) => {
      try { return referencedType(rule, id) === t; } catch { return false; }
    }).map(({ id, label }) => ({ value: id, label: `${id} — ${label}` })));
    return { ...base, widget: 'select', multiple: schema.type === 'array', options };
  }
  if (ctx.ref && typeof ctx.ref.to === 'string') {
    return { ...base, ...relation(ctx.ref.to as DocumentTypeName, schema.type === 'array') };
  }
  if (SOURCE_FIELDS.has(name) && (schema.type === 'string' || items?.type === 'string')) {
    return { ...base, ...relation('Source', schema.type === 'array') };
  }
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum };
  if (schema.type === 'integer' || schema.type === 'number') return { ...base, widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float' };
  if (schema.type === 'boolean') return { ...base, widget: 'boolean' };
  if (schema.type === 'object' && schema.properties) {
    return { ...base, widget: 'object', collapsed: false, fields: subFields(schema, ctx, []) };
  }
  if (schema.type === 'array' && items) {
    if (items.type === 'object' && items.properties) {
      const text = textFieldsOf(ctx.type)[name];
      const translated = text?.kind === 'objects' ? text.fields : [];
      return { ...base, widget: 'list', collapsed: false, fields: subFields(items, ctx, translated) };
    }
    return { ...base, widget: 'list', field: { name: 'item', label: fieldLabel(name), widget: LONG_TEXT.has(name) ? 'text' : 'string' } };
  }
  return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
}

/** The fields of an object; in a translated list, only `translated` sub-fields show in the other languages. */
function subFields(schema: JsonSchema, ctx: FieldContext, translated: readonly string[]): DecapField[] {
  return Object.entries(schema.properties ?? {}).map(([name, sub]) => fieldOf(name, sub, {
    type: ctx.type, ids: ctx.ids, i18n: ctx.i18n === undefined ? undefined : translated.includes(name), required: schema.required?.includes(name),
  }));
}

/** The markdown body: raw Markdown first (nothing reformatted), the site's link components as buttons. */
function bodyField(translated: boolean): DecapField {
  return {
    name: 'body', label: 'Body', widget: 'markdown', required: false, modes: ['raw', 'rich_text'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: Object.keys(bodyComponentKinds).map((name) => `site-${name}`),
    ...(translated ? { i18n: true } : {}),
  };
}

/** Every field of one kind, in its schema's order, then the body. */
export function fieldsOf(type: DocumentTypeName, ids: IdsByType): DecapField[] {
  const spec = entityTable[type] as { schema: z.ZodObject; refs?: Record<string, Reference> };
  const json = z.toJSONSchema(spec.schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const text = textFieldsOf(type);
  const translated = Object.keys(text).length > 0;
  const fields = Object.entries(json.properties ?? {}).map(([name, schema]) => fieldOf(name, schema, {
    type, ids, ref: spec.refs?.[name], i18n: translated ? name in text : undefined, required: json.required?.includes(name),
  }));
  return [...fields.flatMap((f) => (type === 'Source' && f.name === 'snapshot' ? [f, snapshotTextField] : [f])), bodyField(translated)];
}

/** A source record's snapshot text, right after the field saying what it holds (lib/editor/snapshot-field.ts). */
const snapshotTextField: DecapField = {
  name: SNAPSHOT_FIELD, label: 'Snapshot text', widget: 'text', required: false,
  hint: 'Required. The source\'s text exactly as recorded, typos included: every quote, number and official title citing this source is checked against it. Kept in content/sources/<id>.txt; the "snapshot" field above says whether it is the full page or the passages quoted.',
};

function collectionConfig(collection: EditorCollection, ids: IdsByType): Record<string, unknown> {
  const spec = entityTable[collection.type] as { id?: string; file: string };
  const title = titleFieldOf(collection.type);
  const code = ['code', 'number'].find((f) => f in entityTable[collection.type].schema.shape);
  return {
    name: collection.name,
    label: fieldLabel(collection.name),
    label_singular: fieldLabel(collection.type.replace(/([a-z])([A-Z])/g, '$1 $2')),
    folder: collection.name,
    extension: 'mdx',
    format: 'frontmatter',
    create: !collection.single,
    delete: false,
    identifier_field: spec.id ?? title,
    slug: `{{${spec.id ?? title}}}`,
    summary: code ? `{{${code}}} — {{${title}}}` : `{{${title}}}`,
    sortable_fields: spec.id ? [spec.id, title] : [title],
    description: `content/${spec.file}`,
    ...(collection.translated ? { i18n: true } : {}),
    fields: fieldsOf(collection.type, ids),
  };
}

/** The whole configuration Decap is started with (CMS.init({config})). */
export function decapConfig(ids: IdsByType): Record<string, unknown> {
  return {
    load_config_file: false,
    backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
    // No media: the site's content has no images.
    media_folder: 'media',
    publish_mode: 'simple',
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: editorCollections.map((c) => collectionConfig(c, ids)),
  };
}

/** What the editor page starts with: Decap's configuration and the body link components. */
export function editorSetup(ids: IdsByType): { config: Record<string, unknown>; components: Array<Record<string, unknown>> } {
  const components = Object.values(bodyComponentKinds).map((c) => {
    const { type } = pagedTypes.find((p) => p.kind === c.kind)!;
    return { name: c.name, prop: c.prop, names: c.names, label: fieldLabel(c.kind), picker: relation(type, false) };
  });
  return { config: decapConfig(ids), components };
}
