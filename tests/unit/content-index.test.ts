import { describe, expect, it } from 'vitest';
import { createContentIndex } from '@/lib/content/content-index';
import { parseContent } from '@/lib/content/parse';
import { validFixture } from './fixtures';

const index = createContentIndex(parseContent(validFixture()));

describe('content index', () => {
  it('lists a programme’s objectives and actions in code order', () => {
    const alpha = index.programme('alpha');
    expect(index.objectivesOf(alpha).map((o) => o.code)).toEqual(['OSP 1', 'OSP 2']);
    expect(index.actionsOf(alpha).map((a) => a.code)).toEqual(['1.1', '1.2', '1.10']);
  });

  it('links objectives and actions both ways', () => {
    expect(index.actionsOfObjective(index.objective('OSP 1')).map((a) => a.code)).toEqual(['1.1']);
    expect(index.objectivesOfAction(index.action('1.1')).map((o) => o.code)).toEqual(['OSP 1']);
  });

  it('gives previous and next objectives', () => {
    const { previous, next } = index.neighbours(index.objective('OSP 2'));
    expect(previous?.code).toBe('OSP 1');
    expect(next?.code).toBe('OSP 3');
    expect(index.neighbours(index.objective('OSP 1')).previous).toBeUndefined();
  });

  it('links projects and donors both ways, one funding row per pair', () => {
    expect(index.projectsFundedBy(index.donor('d2')).map((p) => p.slug)).toEqual(['p1']);
    expect(index.donorsOf(index.project('p1')).map((d) => d.slug)).toEqual(['d1', 'd2']);
    expect(index.fundingRows().map((r) => `${r.donor.slug}/${r.project.slug}/${r.area.slug}`)).toEqual(['d1/p1/health', 'd2/p1/health']);
  });

  it('finds projects linked editorially to a programme or objective', () => {
    expect(index.projectsLinkedTo('alpha').map((p) => p.slug)).toEqual(['p1']);
    expect(index.projectsLinkedTo('OSP 3').map((p) => p.slug)).toEqual(['p1']);
    expect(index.sniaLinksOf(index.project('p1')).objectives.map((o) => o.code)).toEqual(['OSP 3']);
  });

  it('throws on an unknown id rather than returning nothing', () => {
    expect(() => index.programme('nope')).toThrow(/Unknown programme "nope"/);
  });
});

describe('backlinks', () => {
  it('lists structural, editorial and in-body references to an entity', () => {
    expect(index.backlinks('objective:OSP 3')).toEqual([
      { from: 'programme:beta', editorial: false },
      { from: 'project:p1', editorial: true },
    ]);
    expect(index.backlinks('objective:OSP 1')).toEqual([{ from: 'action:1.1', editorial: false }]);
    expect(index.backlinks('action:1.2')).toEqual([{ from: 'action:1.10', editorial: false }]);
    expect(index.backlinks('donor:d2')).toEqual([{ from: 'project:p1', editorial: false }]);
  });

  it('gives an empty list for an entity nothing points at', () => {
    expect(index.backlinks('project:p1')).toEqual([]);
  });
});
