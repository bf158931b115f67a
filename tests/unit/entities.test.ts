import { describe, expect, it } from 'vitest';
import {
  bodyComponentKinds, documentTypeNames, documentTypeOfPath, entityKinds, entityTable, idOfSlug, pagedType, referencedType,
  referenceFields, slugOf, textFieldsOf,
} from '@/lib/content/entities';
import { buildBacklinks } from '@/lib/content/backlinks';
import { createContentIndex } from '@/lib/content/content-index';
import { parseContent } from '@/lib/content/parse';
import { entityPath, generalPaths } from '@/lib/routes';
import { validFixture } from './fixtures';

/** The fields a type's schema declares. */
const fieldsOf = (type: (typeof documentTypeNames)[number]) => new Set(Object.keys(entityTable[type].schema.shape));

describe('the entity table', () => {
  it('names only fields its schema has: ids, unique fields, references and text', () => {
    const unknown: string[] = [];
    for (const type of documentTypeNames) {
      const spec = entityTable[type] as { id?: string; unique?: string[]; refs?: object; text: object };
      const named = [spec.id, ...(spec.unique ?? []), ...Object.keys(spec.refs ?? {}), ...Object.keys(spec.text)].filter((f) => f !== undefined);
      for (const field of named) if (!fieldsOf(type).has(field)) unknown.push(`${type}.${field}`);
    }
    expect(unknown).toEqual([]);
  });

  it('has references only to types that exist and have ids', () => {
    const ids = { Programme: 'alpha', Objective: 'OSP 1' };
    const targets = referenceFields.flatMap(({ ref }) => (typeof ref.to === 'function' ? Object.values(ids).map((id) => referencedType(ref, id)) : [referencedType(ref, '')]));
    for (const target of targets) expect('id' in entityTable[target], target).toBe(true);
    expect(referenceFields.map(({ type, field }) => `${type}.${field}`)).toEqual([
      'Objective.programme', 'Action.programme', 'Action.objectives', 'Action.sharedWith',
      'Project.area', 'Project.donors', 'Project.partners', 'Project.snia',
    ]);
  });

  it('gives each file its type by folder, translations their own', () => {
    expect(documentTypeOfPath('snia/objectives/osp-05.mdx')).toBe('Objective');
    expect(documentTypeOfPath('iom/thematic-areas/health.mdx')).toBe('ThematicArea');
    expect(documentTypeOfPath('i18n/fr/snia/objectives/osp-05.mdx')).toBe('Translation');
    expect(documentTypeOfPath('snia/objectives/nested/osp-05.mdx')).toBeUndefined();
  });

  it('round-trips every kind’s ids through its URL form, and refuses forms that name nothing', () => {
    expect(slugOf('objective', 'OSP 5')).toBe('osp-5');
    expect(idOfSlug('objective', 'osp-5')).toBe('OSP 5');
    expect(idOfSlug('objective', 'osp-05')).toBeUndefined();
    expect(slugOf('action', '10.11')).toBe('10-11');
    expect(idOfSlug('action', '10-11')).toBe('10.11');
    expect(idOfSlug('donor', 'Not A Slug')).toBeUndefined();
    expect(entityPath('area', 'fr', 'health')).toBe('/fr/iom/areas/health/');
    expect(entityPath('partner', 'ar', 'undp')).toBe('/ar/partners/#undp');
  });

  it('derives the body components, the kinds and the general pages', () => {
    expect(Object.keys(bodyComponentKinds)).toEqual(['Programme', 'Objective', 'Action', 'ThematicArea', 'Project', 'Donor']);
    expect(entityKinds).toEqual(['programme', 'objective', 'action', 'area', 'project', 'donor', 'partner']);
    expect(generalPaths()).toContain('/funding/');
    expect(Object.keys(textFieldsOf('Contact'))).toEqual(['name', 'phones']);
  });
});

describe('everything else follows the table', () => {
  const c = parseContent(validFixture());
  const index = createContentIndex(c);

  it('indexes every reference field both ways: forward lookups and back-references', () => {
    expect(index.objectivesOf(index.programme('alpha')).map((o) => o.code)).toEqual(['OSP 1', 'OSP 2']);
    const backlinks = buildBacklinks(c);
    // Programme beta's body names OSP 3; project p1 links to it editorially.
    expect(backlinks.get('objective:OSP 3')).toEqual([{ from: 'programme:beta', editorial: false }, { from: 'project:p1', editorial: true }]);
    expect(backlinks.get('donor:d2')).toEqual([{ from: 'project:p1', editorial: false }]);
  });

  it('a new reference field in the table is validated, indexed and back-linked without other code', () => {
    // A hypothetical edge: a donor names the thematic area it focuses on.
    const refs = entityTable.Donor as { refs?: Record<string, { to: string }> };
    const fields = referenceFields;
    const saved = refs.refs;
    refs.refs = { description: { to: 'ThematicArea' } };
    fields.push({ type: 'Donor', field: 'description', ref: refs.refs.description! });
    try {
      const withEdge = parseContent(validFixture().map((d) => (d.type === 'Donor' ? { ...d, description: 'health' } : d)));
      expect(buildBacklinks(withEdge).get('area:health')?.map((l) => l.from)).toEqual(['project:p1', 'donor:d1', 'donor:d2']);
      expect(createContentIndex(withEdge).list('Donor').map((d) => pagedType('donor').type === 'Donor' && d.slug)).toEqual(['d1', 'd2']);
    } finally {
      refs.refs = saved;
      fields.pop();
    }
  });
});
