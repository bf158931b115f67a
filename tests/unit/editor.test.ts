/**
 * The editor's pure parts: its forms derived from the entity table (lib/editor/config.ts),
 * its paths (lib/editor/collections.ts) and the file it writes for a save (lib/editor/merge.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { documentTypeNames, entityTable, textFieldsOf } from '../../lib/content/entities';
import { editorCollections, editorPath, realFile } from '../../lib/editor/collections';
import { decapConfig, fieldsOf, type DecapField, type IdsByType } from '../../lib/editor/config';
import { mergedFile } from '../../lib/editor/merge';
import { coveragePage, currentIds } from '../../lib/editor/pages';

const ids: IdsByType = currentIds('content');
const fieldNamed = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;

describe('forms derived from the entity table', () => {
  const config = decapConfig(ids) as { collections: Array<{ name: string; folder: string; fields: DecapField[]; i18n?: boolean; create: boolean }> };

  it('has one collection per document type, named by the table', () => {
    expect(config.collections.map((c) => c.name)).toEqual(documentTypeNames.map((t) => entityTable[t].collection));
  });
  it('gives every schema field a form field, then the body', () => {
    for (const type of documentTypeNames) {
      const shape = Object.keys(entityTable[type].schema.shape);
      // A source record's snapshot text follows its `snapshot` field (lib/editor/snapshot-field.ts).
      const fields = type === 'Source' ? shape.flatMap((f) => (f === 'snapshot' ? [f, 'snapshotText'] : [f])) : shape;
      expect(fieldsOf(type, ids).map((f) => f.name)).toEqual([...fields, 'body']);
    }
  });
  it('makes references pickers over the kind they name, and sources pickers over the source records', () => {
    const action = fieldsOf('Action', ids);
    expect(fieldNamed(action, 'programme')).toMatchObject({ widget: 'relation', collection: 'programmes', value_field: 'slug', multiple: false });
    expect(fieldNamed(action, 'objectives')).toMatchObject({ widget: 'relation', collection: 'objectives', value_field: 'code', multiple: true });
    expect(fieldNamed(action, 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', value_field: 'id', multiple: true });
    const citation = fieldNamed(action, 'citations').fields as DecapField[];
    expect(fieldNamed(citation, 'source')).toMatchObject({ widget: 'relation', collection: 'sources', multiple: false });
    expect(fieldNamed(fieldsOf('Project', ids), 'donors')).toMatchObject({ widget: 'relation', collection: 'donors', value_field: 'slug' });
  });
  it('offers a project\'s SNIA links from both kinds the rule names, checked by the rule', () => {
    const snia = fieldNamed(fieldsOf('Project', ids), 'snia') as DecapField & { options: Array<{ value: string }> };
    const values = snia.options.map((o) => o.value);
    expect(snia).toMatchObject({ widget: 'select', multiple: true });
    expect(values.filter((v) => v.startsWith('OSP '))).toHaveLength(ids.Objective!.length);
    expect(values.filter((v) => !v.startsWith('OSP '))).toHaveLength(ids.Programme!.length);
  });
  it('translates exactly the table\'s text fields (and a reported fact\'s statement only)', () => {
    for (const type of documentTypeNames) {
      const text = Object.keys(textFieldsOf(type));
      const fields = fieldsOf(type, ids).filter((f) => f.name !== 'body');
      if (text.length === 0) expect(fields.filter((f) => 'i18n' in f)).toEqual([]);
      else expect(fields.filter((f) => f.i18n === true).map((f) => f.name)).toEqual(text);
    }
    const reported = fieldNamed(fieldsOf('Programme', ids), 'reported').fields as DecapField[];
    expect(reported.filter((f) => f.i18n === true).map((f) => f.name)).toEqual(['statement']);
  });
  it('leaves every check to the project\'s (no required flags, no patterns)', () => {
    const all = JSON.stringify(config);
    expect(all).not.toContain('"required":true');
    expect(all).not.toContain('"pattern"');
  });
  it('lets no one create a second strategy or IOM overview', () => {
    expect(config.collections.filter((c) => !c.create).map((c) => c.name)).toEqual(['strategy', 'overview']);
  });
});

describe('Decap\'s paths and the site\'s files', () => {
  it('maps each language to the base file or its translation', () => {
    expect(realFile('programmes/en/03-health.mdx')).toMatchObject({ file: 'snia/programmes/03-health.mdx', locale: 'en' });
    expect(realFile('programmes/ar/03-health.mdx')).toMatchObject({ file: 'i18n/ar/snia/programmes/03-health.mdx', baseFile: 'snia/programmes/03-health.mdx' });
    expect(realFile('sources/rdpp-na.mdx')).toMatchObject({ file: 'sources/rdpp-na.mdx', locale: 'en' });
    expect(realFile('strategy/fr/strategy.mdx')).toMatchObject({ file: 'i18n/fr/snia/strategy.mdx' });
  });
  it('names no file outside a collection\'s own', () => {
    for (const bad of ['programmes/de/03-health.mdx', 'programmes/en/../../package.json', 'programmes/en/x/y.mdx', 'sources/en/rdpp-na.mdx',
      'strategy/en/overview.mdx', 'nothing/en/a.mdx', 'programmes/en/Health.mdx', 'programmes/en/.hidden.mdx']) {
      expect(realFile(bad), bad).toBeUndefined();
    }
  });
  it('goes back and forth', () => {
    for (const c of editorCollections) {
      const path = editorPath(c, `${c.dir}/x-1.mdx`, 'fr');
      if (c.pattern.test(`${c.dir}/x-1.mdx`)) expect(realFile(path)?.baseFile).toBe(`${c.dir}/x-1.mdx`);
    }
  });
});

describe('the file written for a save', () => {
  const project = readFileSync('content/iom/projects/y-med.mdx', 'utf8');
  const reserialised = (text: string, change: (data: Record<string, unknown>) => void) => {
    const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
    const data = YAML.parse(yaml!) as Record<string, unknown>;
    change(data);
    // Decap's own layout: its key order, plain scalars, block lists.
    return `---\n${YAML.stringify(Object.fromEntries(Object.entries(data).reverse()))}---\n${body}`;
  };

  it('changes one line for one field, whatever Decap\'s layout', () => {
    const merged = mergedFile({ type: 'Project', translation: false, original: project, raw: reserialised(project, (d) => { (d.donors as string[]).push('european-union'); }), fieldOrder: [] })!;
    const changed = merged.split('\n').filter((line, i) => line !== project.split('\n')[i]);
    expect(changed).toEqual(['donors: ["italy-ministry-of-foreign-affairs", "european-union"]']);
  });
  it('returns the file byte for byte when nothing changed', () => {
    for (const file of ['content/iom/thematic-areas/migration-and-development.mdx', 'content/snia/programmes/03-health.mdx']) {
      const text = readFileSync(file, 'utf8');
      expect(mergedFile({ type: 'Programme', translation: false, original: text, raw: reserialised(text, () => {}), fieldOrder: [] })).toBe(text);
    }
  });
  it('keeps only text in a translation', () => {
    const fr = readFileSync('content/i18n/fr/snia/programmes/03-health.mdx', 'utf8');
    const merged = mergedFile({
      type: 'Programme', translation: true, original: fr,
      raw: reserialised(fr, (d) => { d.number = 3; d.slug = 'health'; d.summary = 'Nouveau résumé.'; (d.reported as Array<Record<string, unknown>>)[0]!.source = 'x'; }),
      fieldOrder: [],
    })!;
    const data = YAML.parse(merged.split('---\n')[1]!) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(Object.keys(YAML.parse(fr.split('---\n')[1]!) as object).sort());
    expect(data.summary).toBe('Nouveau résumé.');
    expect((data.reported as Array<Record<string, unknown>>).every((r) => Object.keys(r).join() === 'statement')).toBe(true);
  });
  it('writes no translation nobody wrote', () => {
    expect(mergedFile({ type: 'Donor', translation: true, original: undefined, raw: '---\nslug: idf\n---\n', fieldOrder: [] })).toBeUndefined();
  });
  it('writes a new file in the schema\'s field order', () => {
    const text = mergedFile({ type: 'Donor', translation: false, original: undefined, raw: '---\nname: X\nslug: x\n---\nBody.\n', fieldOrder: ['slug', 'name'] });
    expect(text).toBe('---\nslug: "x"\nname: "X"\n---\n\nBody.\n');
  });
});

describe('the translation coverage page', () => {
  it('links each missing translation to the form where it is written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'snia-coverage-'));
    try {
      cpSync('content', path.join(dir, 'content'), { recursive: true });
      rmSync(path.join(dir, 'content/i18n/fr/iom/donors/idf.mdx'));
      const page = coveragePage(path.join(dir, 'content'));
      expect(page).toContain('<h2>fr: ');
      expect(page.match(/<a href="\/#\/collections\/[^"]+">/g)).toEqual(['<a href="/#/collections/donors/entries/idf">']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
