import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '@/lib/content/errors';
import { parseContent } from '@/lib/content/parse';
import { checkReferences } from '@/lib/content/references';
import type { RawDocument } from '@/lib/content/model';
import { doc, provenance, validFixture, withChange, withExtra, issuesThrownBy } from './fixtures';

/** Runs the whole check and returns the issues it reported (none when valid). */
function issuesOf(raw: RawDocument[]): ContentIssue[] {
  return issuesThrownBy(() => checkReferences(parseContent(raw)));
}

function expectIssue(raw: RawDocument[], file: string, field: string, message: RegExp) {
  const issues = issuesOf(raw);
  expect(issues).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(validFixture())).toEqual([]);
  });

  it('names file and field of a missing required field', () => {
    expectIssue(withChange('snia/objectives/osp-02.mdx', { title: undefined }), 'snia/objectives/osp-02.mdx', 'title', /expected string/i);
  });

  it('rejects a field of the wrong type', () => {
    expectIssue(withChange('snia/programmes/01-alpha.mdx', { number: 'one' }), 'snia/programmes/01-alpha.mdx', 'number', /expected number/i);
  });

  it('rejects an unknown field (a typo in a field name)', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { titel: 'x' }), 'snia/objectives/osp-01.mdx', '(frontmatter)', /titel/);
  });

  it('rejects an unquoted or malformed date', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { lastChecked: '23/11/2026' }), 'snia/objectives/osp-01.mdx', 'lastChecked', /YYYY-MM-DD/);
  });

  it('rejects a badly formed objective code', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { code: 'OSP1' }), 'snia/objectives/osp-01.mdx', 'code', /OSP 5/);
    expectIssue(withChange('snia/objectives/osp-01.mdx', { code: 'OSP 01' }), 'snia/objectives/osp-01.mdx', 'code', /leading zero/);
  });

  it('rejects a badly formed action code', () => {
    expectIssue(withChange('snia/actions/1-1.mdx', { code: '1-1' }), 'snia/actions/1-1.mdx', 'code', /programme\.number/);
  });

  it('rejects a slug that is not kebab-case', () => {
    expectIssue(withChange('snia/programmes/01-alpha.mdx', { slug: 'Alpha Programme' }), 'snia/programmes/01-alpha.mdx', 'slug', /kebab-case/);
  });

  it('rejects a duplicate objective code, naming both files', () => {
    expectIssue(withChange('snia/objectives/osp-02.mdx', { code: 'OSP 1' }), 'snia/objectives/osp-02.mdx', 'code', /duplicate code "OSP 1".*osp-01/);
  });

  it('rejects a duplicate action code', () => {
    expectIssue(withChange('snia/actions/1-10.mdx', { code: '1.1' }), 'snia/actions/1-10.mdx', 'code', /duplicate code "1.1"/);
  });

  it('rejects a duplicate programme number', () => {
    expectIssue(withChange('snia/programmes/02-beta.mdx', { number: 1 }), 'snia/programmes/02-beta.mdx', 'number', /duplicate number 1/);
  });

  it('requires programme numbers 1..total, each once', () => {
    expectIssue(withChange('snia/programmes/02-beta.mdx', { number: 3 }), 'snia/programmes/02-beta.mdx', 'number', /programme 3 is outside 1–2/);
    expectIssue(withChange('snia/programmes/02-beta.mdx', { number: 3 }), 'snia/strategy.mdx', 'totals', /programme 2 is missing/);
  });

  it('requires OSP 1..total, each once', () => {
    const raw = validFixture().filter((d) => d._raw.sourceFilePath !== 'snia/objectives/osp-02.mdx');
    expectIssue(raw, 'snia/strategy.mdx', 'totals', /OSP 2 is missing/);
    expectIssue(withChange('snia/objectives/osp-03.mdx', { code: 'OSP 4' }), 'snia/objectives/osp-03.mdx', 'code', /OSP 4 is outside 1–3/);
  });

  it('requires each objective to belong to a known programme', () => {
    expectIssue(withChange('snia/objectives/osp-03.mdx', { programme: 'gamma' }), 'snia/objectives/osp-03.mdx', 'programme', /unknown programme "gamma"/);
  });

  it("requires an action's prefix to equal its programme's number", () => {
    expectIssue(withChange('snia/actions/1-1.mdx', { programme: 'beta', objectives: [] }), 'snia/actions/1-1.mdx', 'code', /must start with its programme's number \(2/);
  });

  it('requires action objectives to exist and belong to the same programme', () => {
    expectIssue(withChange('snia/actions/1-1.mdx', { objectives: ['OSP 9'] }), 'snia/actions/1-1.mdx', 'objectives.0', /unknown objective "OSP 9"/);
    expectIssue(withChange('snia/actions/1-1.mdx', { objectives: ['OSP 3'] }), 'snia/actions/1-1.mdx', 'objectives.0', /belongs to programme "beta"/);
  });

  it('requires jointly described actions to name each other and share one description', () => {
    expectIssue(withChange('snia/actions/1-10.mdx', { sharedWith: [] }), 'snia/actions/1-2.mdx', 'sharedWith.0', /does not list 1.2/);
    expectIssue(withChange('snia/actions/1-10.mdx', { description: 'Other' }), 'snia/actions/1-2.mdx', 'sharedWith.0', /differs/);
    expectIssue(withChange('snia/actions/1-1.mdx', { sharedWith: ['1.9'] }), 'snia/actions/1-1.mdx', 'sharedWith.0', /unknown action "1.9"/);
  });

  it('requires every source id to resolve', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { sources: ['nowhere'] }), 'snia/objectives/osp-01.mdx', 'sources.0', /unknown source "nowhere"/);
  });

  it('checks cross-links written in MDX bodies', () => {
    expectIssue(withChange('snia/programmes/01-alpha.mdx', {}, 'See <Action code="1.7" />.'), 'snia/programmes/01-alpha.mdx', '(body)', /<Action> names unknown "1.7"/);
  });

  it('requires exactly one strategy document', () => {
    const raw = validFixture().filter((d) => d.type !== 'Strategy');
    expectIssue(raw, 'snia/strategy.mdx', '(file)', /exactly one strategy/);
  });

  it('requires each project to have a donor, a known area, known donors, partners and SNIA links', () => {
    const file = 'iom/projects/p1.mdx';
    expectIssue(withChange(file, { donors: [] }), file, 'donors', /at least one donor/);
    expectIssue(withChange(file, { area: 'nowhere' }), file, 'area', /unknown thematic area/);
    expectIssue(withChange(file, { donors: ['d1', 'zz'] }), file, 'donors.1', /unknown donor "zz"/);
    expectIssue(withChange(file, { partners: ['who'] }), file, 'partners.0', /unknown partner "who"/);
    expectIssue(withChange(file, { snia: ['OSP 9'] }), file, 'snia.0', /unknown SNIA/);
  });

  it('requires every donor to fund at least one project', () => {
    const raw = withExtra(doc('Donor', 'iom/donors/d3.mdx', { slug: 'd3', name: 'Idle', ...provenance }));
    expectIssue(raw, 'iom/donors/d3.mdx', 'slug', /funds no project/);
  });

  it('rejects a summary too long for a meta description', () => {
    expectIssue(withChange('snia/programmes/01-alpha.mdx', { summary: `${'Very long. '.repeat(20)}Alpha.` }), 'snia/programmes/01-alpha.mdx', 'summary', /at most 200 characters/);
  });

  it('rejects a javascript: URL as a source', () => {
    expectIssue(withChange('sources/src.mdx', { url: 'javascript:alert(1)' }), 'sources/src.mdx', 'url', /javascript:/);
  });

  it('rejects a plain http source URL', () => {
    expectIssue(withChange('sources/src.mdx', { url: 'http://example.org/' }), 'sources/src.mdx', 'url', /https/);
  });

  it('reports every problem at once, not just the first', () => {
    const raw = withChange('snia/objectives/osp-01.mdx', { programme: 'nope', sources: ['none'] });
    expect(issuesOf(raw).map((i) => `${i.file} › ${i.field}`)).toEqual([
      'snia/objectives/osp-01.mdx › programme',
      'snia/actions/1-1.mdx › objectives.0', // its objective now sits in another programme
      'snia/objectives/osp-01.mdx › sources.0',
    ]);
  });
  it('rejects HTML in a frontmatter string, naming the field', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { title: 'Access <script>alert(1)</script>' }), 'snia/objectives/osp-01.mdx', 'title', /HTML tags/);
  });

  it('rejects a javascript: URL inside a list, naming the item', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { sources: ['javascript:alert(1)'] }), 'snia/objectives/osp-01.mdx', 'sources.0', /javascript:/);
  });

  it('does not mistake prose mentioning "data" for a data: URL', () => {
    expect(issuesOf(withChange('snia/objectives/osp-01.mdx', { title: 'Collect data: who arrives, and when' }))).toEqual([]);
  });
  it('rejects an impossible calendar date', () => {
    expectIssue(withChange('snia/objectives/osp-01.mdx', { lastChecked: '2026-02-30' }), 'snia/objectives/osp-01.mdx', 'lastChecked', /real calendar date/);
  });
});
