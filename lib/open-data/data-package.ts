/**
 * The funding data as a Frictionless data package (https://specs.frictionlessdata.io/data-package/):
 * a `datapackage.json` descriptor beside funding.csv and funding.json, and a README naming
 * the sources, their access dates and the licence position. The descriptor's field list is
 * read from the same zod schema as the CSV's columns (record-schemas.ts), never written twice.
 */
import { z } from 'zod';
import { content } from '../content';
import { dataPaths, routes } from '../routes';
import { absoluteUrl, defaultLocale, siteName } from '../site';
import { datasets, type DatasetName } from './datasets';

/** The dataset the package holds: who funds which project is what a journalist cites. */
export const packagedDataset = 'funding' satisfies DatasetName;

interface JsonSchemaField {
  type?: string | string[];
  anyOf?: JsonSchemaField[];
  format?: string;
  enum?: unknown[];
  description?: string;
}

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  format?: 'uri';
  description: string;
  constraints?: { required?: true; enum?: string[] };
}

/**
 * A CSV column's Table Schema field, from its JSON Schema: lists are strings in the CSV
 * (joined with "; ", as datasetCsv writes them), a nullable value is an empty cell.
 */
function tableField(name: string, field: JsonSchemaField): TableField {
  // zod writes a nullable value as `type: [T, "null"]`, or as `anyOf` when T is not a plain type.
  const types = [field.type, ...(field.anyOf ?? []).map((f) => f.type)].flat().filter((t): t is string => typeof t === 'string');
  const nullable = types.includes('null');
  const value = field.anyOf?.find((f) => f.type !== 'null') ?? field;
  const valueType = types.find((t) => t !== 'null');
  const list = valueType === 'array';
  if (!list && !['string', 'integer', 'boolean'].includes(valueType ?? '')) throw new Error(`No Table Schema type for field "${name}" (${JSON.stringify(field)})`);
  const type = list ? 'string' : value.format === 'date' ? 'date' : valueType as 'string' | 'integer' | 'boolean';
  const constraints = {
    ...(nullable ? {} : { required: true as const }),
    ...(value.enum ? { enum: value.enum.map(String) } : {}),
  };
  return {
    name,
    type,
    ...(!list && value.format === 'uri' ? { format: 'uri' as const } : {}),
    description: `${field.description ?? ''}${list ? ' (A list, joined with "; ".)' : ''}`,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The CSV's fields, in its column order (datasetCsv takes its columns from the same shape). */
export function tableFields(name: DatasetName): TableField[] {
  const schema = z.toJSONSchema(datasets[name].schema) as { properties: Record<string, JsonSchemaField> };
  return Object.keys(datasets[name].schema.shape).map((column) => tableField(column, schema.properties[column]!));
}

/** The documents the funding pairs come from, each with the date its text was taken. */
function packageSources() {
  const ids = [...new Set(datasets[packagedDataset].records().flatMap((r) => r.sources))].sort();
  return ids.map((id) => content.source(id));
}

/** File names relative to the descriptor: the spec resolves a resource's path from where the descriptor is. */
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function dataPackage() {
  const spec = datasets[packagedDataset];
  const records = spec.records();
  return {
    profile: 'data-package',
    name: 'iom-morocco-funding',
    id: absoluteUrl(dataPaths.dataPackage()),
    title: spec.title,
    description: `${spec.description} Compiled by ${siteName} from the public pages listed under "sources"; see README.md.`,
    homepage: absoluteUrl(routes.funding(defaultLocale)),
    contributors: [{ title: siteName, role: 'publisher', path: absoluteUrl(routes.home(defaultLocale)) }],
    // Frictionless "sources" hold title and path; "retrieved" (the access date) is this package's own property, which the spec allows.
    sources: packageSources().map((s) => ({ title: `${s.publisher}, “${s.title}”`, path: s.url, retrieved: s.retrieved })),
    resources: [
      {
        name: packagedDataset,
        path: fileName(dataPaths.csv(packagedDataset)),
        profile: 'tabular-data-resource',
        title: `${spec.title} (CSV)`,
        description: `${spec.description} ${records.length} rows. UTF-8 with a byte-order mark, CRLF line ends. Each row carries its sources' addresses (source_urls) and the date this site last checked it (last_checked).`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: tableFields(packagedDataset), primaryKey: ['donor_id', 'project_id'], missingValues: [''] },
      },
      {
        name: `${packagedDataset}-json`,
        path: fileName(dataPaths.json(packagedDataset)),
        profile: 'data-resource',
        title: `${spec.title} (JSON)`,
        description: `The same ${records.length} records as JSON, inside an envelope naming the publisher and the sources; it follows the JSON Schema ${fileName(dataPaths.schema(packagedDataset))}.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ] as const,
  };
}

export function dataPackageJson(): string {
  return `${JSON.stringify(dataPackage(), null, 2)}\n`;
}

/** The README beside the descriptor: what the files are, where the facts come from, when they were read, and on what terms. */
export function dataPackageReadme(): string {
  const pkg = dataPackage();
  const [csv, json] = pkg.resources;
  const lines = [
    `# ${pkg.title}: IOM Morocco projects and their donors`,
    '',
    `${datasets[packagedDataset].description} Published by ${siteName} (${pkg.contributors[0]!.path}), an independent public-information site; not an official publication of the Moroccan government or of IOM. Shown as a page at ${pkg.homepage}.`,
    '',
    '## Files',
    '',
    `- \`${csv.path}\`: ${csv.description}`,
    `- \`${json.path}\`: ${json.description}`,
    `- \`datapackage.json\`: the Frictionless data package descriptor (${pkg.id}), with each CSV column's type and meaning.`,
    '',
    '## Columns of the CSV',
    '',
    ...csv.schema.fields.map((f) => `- \`${f.name}\` (${f.type}${f.format ? `, ${f.format}` : ''}${f.constraints?.required ? '' : ', may be empty'}): ${f.description}`),
    '',
    '## Sources and access dates',
    '',
    'The facts come only from these public pages. Each was read on the date given (its access date, to cite); each row\'s `last_checked` is when this site last checked that row against them.',
    '',
    ...pkg.sources.map((s) => `- ${s.title}, ${s.path}, accessed ${s.retrieved}`),
    '',
    '## Licence',
    '',
    'This site states no licence for these files. The facts, names and titles in them belong to the publishers named above, whose own terms apply to them. Cite the publisher\'s page as the source and this site as the compiler.',
    '',
  ];
  return lines.join('\n');
}
