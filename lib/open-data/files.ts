/** Serialises a dataset as the files published under /data/: JSON, CSV, JSON Schema. */
import Papa from 'papaparse';
import { z } from 'zod';
import { content } from '../content';
import { absoluteUrl, siteName } from '../site';
import { dataPaths, datasets, envelopeSchema, type DatasetName } from './datasets';

function sourcesOf(ids: string[]) {
  return [...new Set(ids)].sort().map((id) => {
    const s = content.source(id);
    return { id: s.id, publisher: s.publisher, title: s.title, url: s.url };
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

type DataFile = { path: string; type: string; body: () => string };
let files: DataFile[] | undefined;

/** Every file under /data/ with its body and content type: what the route exports (listed once per build). */
export function dataFiles(): DataFile[] {
  return (files ??= (Object.keys(datasets) as DatasetName[]).flatMap((name) => [
    { path: dataPaths.json(name), type: 'application/json', body: () => datasetJson(name) },
    { path: dataPaths.csv(name), type: 'text/csv; charset=utf-8', body: () => datasetCsv(name) },
    { path: dataPaths.schema(name), type: 'application/schema+json', body: () => datasetSchemaJson(name) },
    ...recordIds(name).map((id) => ({ path: dataPaths.record(name, id), type: 'application/json', body: () => recordJson(name, id) })),
  ]));
}
