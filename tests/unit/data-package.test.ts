import Ajv from 'ajv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { content } from '@/lib/content';
import { dataPackage, dataPackageReadme, packagedDataset } from '@/lib/open-data/data-package';
import { datasetCsv, dataFiles } from '@/lib/open-data/files';
// The Frictionless profiles (draft-04 JSON Schemas) as published in the datapackage npm package 1.1.10 (MIT, tests/fixtures/frictionless/LICENSE): kept here so the check runs offline.
import dataPackageProfile from '../fixtures/frictionless/data-package.json';
import dataResourceProfile from '../fixtures/frictionless/data-resource.json';
import tabularResourceProfile from '../fixtures/frictionless/tabular-data-resource.json';

/** Ajv reads draft-04's keywords used by these profiles as draft-07 does (no boolean exclusiveMinimum in them); only $schema is dropped. */
function validatorFor(profile: object) {
  const schema: Record<string, unknown> = { ...profile };
  delete schema.$schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

const csvRows = () => Papa.parse<Record<string, string>>(datasetCsv(packagedDataset).slice(1), { header: true, skipEmptyLines: true });

describe('the funding data package', () => {
  const pkg = dataPackage();
  const [csvResource, jsonResource] = pkg.resources;

  it('is a valid Frictionless data package, with a valid tabular resource for the CSV and a data resource for the JSON', () => {
    for (const [profile, value] of [[dataPackageProfile, pkg], [tabularResourceProfile, csvResource], [dataResourceProfile, jsonResource]] as const) {
      const validate = validatorFor(profile);
      expect(validate(JSON.parse(JSON.stringify(value))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('describes files published beside it, in /data/', () => {
    const published = new Set(dataFiles().map((f) => f.path));
    expect(published.has('/data/datapackage.json')).toBe(true);
    expect(published.has('/data/README.md')).toBe(true);
    for (const r of pkg.resources) expect(published.has(`/data/${r.path}`), r.path).toBe(true);
  });

  it('lists exactly the CSV\'s columns, in order, and every row fits the field types it states', () => {
    const csv = csvRows();
    const fields = csvResource.schema.fields;
    expect(fields.map((f) => f.name)).toEqual(csv.meta.fields);
    expect(csv.data).toHaveLength(content.fundingRows().length);
    for (const row of csv.data) {
      for (const f of fields) {
        const value = row[f.name]!;
        if (value === '') {
          expect(f.constraints?.required, `${f.name} is empty but required`).toBeUndefined();
          continue;
        }
        if (f.type === 'date') expect(value, f.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (f.type === 'integer') expect(value, f.name).toMatch(/^-?\d+$/);
        if (f.format === 'uri') expect(() => new URL(value), f.name).not.toThrow();
      }
    }
    const keys = csv.data.map((row) => csvResource.schema.primaryKey.map((k) => row[k]).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carries the project code names, each row\'s source addresses and its last check', () => {
    const rows = csvRows().data;
    const riase = rows.filter((r) => r.project_id === 'riase-voluntary-return-and-reintegration');
    expect(riase.length).toBeGreaterThan(0);
    for (const r of riase) expect(r.project_short_name).toBe('RIASE');
    for (const r of rows) {
      const project = content.project(r.project_id!);
      expect(r.project_short_name).toBe(project.shortName ?? '');
      expect(r.source_urls).toBe(project.sources.map((id) => content.source(id).url).join('; '));
      expect(r.last_checked).toBe(project.lastChecked);
    }
  });

  it('names every source of the pairs with its access date, in the descriptor and the README, and states the licence position', () => {
    const ids = [...new Set(content.fundingRows().flatMap((r) => r.project.sources))];
    expect(pkg.sources).toHaveLength(ids.length);
    const readme = dataPackageReadme();
    for (const id of ids) {
      const s = content.source(id);
      expect(pkg.sources).toContainEqual({ title: `${s.publisher}, “${s.title}”`, path: s.url, retrieved: s.retrieved });
      expect(readme).toContain(`${s.url}, accessed ${s.retrieved}`);
    }
    expect(readme).toMatch(/^## Licence$/m);
    expect(readme).toMatch(/^## Sources and access dates$/m);
    for (const f of csvResource.schema.fields) expect(readme).toContain(`\`${f.name}\``);
  });
});
