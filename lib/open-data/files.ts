/** Serialises a dataset as the files published under /data/: JSON, CSV, JSON Schema. */
import Papa from 'papaparse';
import { z } from 'zod';
import { content } from '../content';
import { absoluteUrl, siteName } from '../site';
import { dataFileParams, dataFilePath, dataPaths, type DataFileParams } from '../routes';
import { dataPackageJson, dataPackageReadme } from './data-package';
import { datasets, envelopeSchema, type DatasetName } from './datasets';

function sourcesOf(ids: string[]) {
  return [...new Set(ids)].sort().map((id) => {
    const s = content.source(id);
    return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, retrieved: s.retrieved, tier: s.tier, copy: s.copy, language: s.language };
  });
}

function envelope(name: DatasetName, rows: Array<{ record: object; sources: string[] }>) {
  const spec = datasets[name];
  return {
    dataset: name,
    title: spec.title,
    description: spec.description,
    publisher: siteName,
    schema: absoluteUrl(dataPaths.schema(name)),
    count: rows.length,
    sources: sourcesOf(rows.flatMap((r) => r.sources)),
    records: rows.map((r) => r.record),
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The whole dataset as JSON. */
export function datasetJson(name: DatasetName): string {
  return json(envelope(name, datasets[name].records()));
}

const recordsById = new Map<DatasetName, Map<string | undefined, ReturnType<(typeof datasets)[DatasetName]['records']>[number]>>();

/** One record on its own, in the same envelope (so it follows the same schema). */
export function recordJson(name: DatasetName, id: string): string {
  if (!recordsById.has(name)) recordsById.set(name, new Map(datasets[name].records().map((r) => [r.id, r])));
  const row = recordsById.get(name)!.get(id);
  if (!row) throw new Error(`No record "${id}" in dataset "${name}"`);
  return json(envelope(name, [row]));
}

/** Ids of a dataset's records that have a file of their own. */
export function recordIds(name: DatasetName): string[] {
  return datasets[name].records().flatMap((r) => (r.id ? [r.id] : []));
}

/**
 * CSV per RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark so
 * spreadsheets read accented names correctly. Lists are joined with "; ".
 */
export function datasetCsv(name: DatasetName): string {
  const columns = Object.keys(datasets[name].schema.shape);
  const rows = datasets[name].records().map(({ record }) =>
    columns.map((c) => {
      const value = (record as Record<string, unknown>)[c];
      if (Array.isArray(value)) return value.join('; ');
      return value ?? '';
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n' })}\r\n`;
}

/** The JSON Schema of a dataset's files, generated from its zod schema. */
export function datasetSchema(name: DatasetName): Record<string, unknown> {
  return { ...z.toJSONSchema(envelopeSchema(name), { target: 'draft-2020-12' }), $id: absoluteUrl(dataPaths.schema(name)) };
}

export function datasetSchemaJson(name: DatasetName): string {
  return json(datasetSchema(name));
}

type DataFile = { params: DataFileParams; path: string; type: string; body: () => string };
let files: DataFile[] | undefined;

const file = (params: DataFileParams, type: string, body: () => string): DataFile => ({ params, path: dataFilePath(params), type, body });

/** Every file under /data/ with its route params, body and content type (and the funding data package's descriptor and README): what the routes export (listed once per build). */
export function dataFiles(): DataFile[] {
  return (files ??= (Object.keys(datasets) as DatasetName[]).flatMap((name) => [
    file(dataFileParams.json(name), 'application/json', () => datasetJson(name)),
    file(dataFileParams.csv(name), 'text/csv; charset=utf-8', () => datasetCsv(name)),
    file(dataFileParams.schema(name), 'application/schema+json', () => datasetSchemaJson(name)),
    ...recordIds(name).map((id) => file(dataFileParams.record(name, id), 'application/json', () => recordJson(name, id))),
  ]).concat(
    file(dataFileParams.dataPackage(), 'application/json', dataPackageJson),
    file(dataFileParams.dataPackageReadme(), 'text/markdown; charset=utf-8', dataPackageReadme),
  ));
}

let byPath: Map<string, DataFile> | undefined;
/** The file a route's params name, or undefined. */
export function dataFileAt(params: DataFileParams): DataFile | undefined {
  return (byPath ??= new Map(dataFiles().map((f) => [f.path, f]))).get(dataFilePath(params));
}
