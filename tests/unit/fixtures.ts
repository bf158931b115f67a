/** A small, valid content set to mutate in tests: 2 programmes, 3 objectives, IOM basics. */
import { ContentError, type ContentIssue } from '@/lib/content/errors';
import type { RawDocument } from '@/lib/content/model';

const provenance = { sources: ['src'], lastChecked: '2026-11-23' };

function doc(type: string, file: string, fields: Record<string, unknown>, body = ''): RawDocument {
  return { type, _raw: { sourceFilePath: file }, body: { raw: body }, ...fields };
}

export function validFixture(): RawDocument[] {
  return [
    doc('Source', 'sources/src.mdx', {
      id: 'src', publisher: 'Ministry', title: 'Page', url: 'https://example.org/page', language: 'en', retrieved: '2026-11-26', snapshot: 'full', recordedIn: 'seeds/page.txt', tier: 'moroccan-government',
    }),
    doc('Strategy', 'snia/strategy.mdx', {
      title: 'Strategy', summary: 'S.', strategicObjectives: ['One'],
      totals: { programmes: 2, objectives: 3, actions: 5 }, ...provenance,
    }),
    doc('Programme', 'snia/programmes/01-alpha.mdx', { number: 1, slug: 'alpha', title: 'Alpha', summary: 'A.', ...provenance }),
    doc('Programme', 'snia/programmes/02-beta.mdx', { number: 2, slug: 'beta', title: 'Beta', summary: 'B.', statedActionCount: 6, ...provenance }, 'See <Objective code="OSP 3" />.'),
    doc('Objective', 'snia/objectives/osp-01.mdx', { code: 'OSP 1', programme: 'alpha', title: 'First', ...provenance }),
    doc('Objective', 'snia/objectives/osp-02.mdx', { code: 'OSP 2', programme: 'alpha', title: 'Second', ...provenance }),
    doc('Objective', 'snia/objectives/osp-03.mdx', { code: 'OSP 3', programme: 'beta', title: 'Third', ...provenance }),
    doc('Action', 'snia/actions/1-1.mdx', { code: '1.1', programme: 'alpha', objectives: ['OSP 1'], description: 'Do one', sharedWith: [], ...provenance }),
    doc('Action', 'snia/actions/1-2.mdx', { code: '1.2', programme: 'alpha', objectives: [], description: 'Do both', sharedWith: ['1.10'], ...provenance }),
    doc('Action', 'snia/actions/1-10.mdx', { code: '1.10', programme: 'alpha', objectives: [], description: 'Do both', sharedWith: ['1.2'], ...provenance }),
    doc('Overview', 'iom/overview.mdx', {
      title: 'IOM', summary: 'O.', migrantStock: { count: 103000, year: 2020, source: 'UN DESA' }, frameworks: ['F'], ...provenance,
    }),
    doc('ThematicArea', 'iom/thematic-areas/health.mdx', { slug: 'health', order: 1, title: 'Health', summary: 'H.', ...provenance }),
    doc('Project', 'iom/projects/p1.mdx', {
      slug: 'p1', title: 'Project one', area: 'health', order: 1, donors: ['d1', 'd2'], partners: ['undp'], snia: ['alpha', 'OSP 3'], ...provenance,
    }),
    doc('Donor', 'iom/donors/d1.mdx', { slug: 'd1', name: 'Donor one', ...provenance }),
    doc('Donor', 'iom/donors/d2.mdx', { slug: 'd2', name: 'Donor two', ...provenance }),
    doc('Partner', 'iom/partners/undp.mdx', { slug: 'undp', name: 'UNDP', kind: 'implementing', order: 1, ...provenance }),
    doc('Contact', 'iom/contacts/office.mdx', {
      slug: 'office', name: 'Office', address: ['Street'], phones: [{ label: 'Tel', display: '+212 (0)5 37 65 28 81', e164: '+212537652881' }], ...provenance,
    }),
  ];
}

/** The fixture with one document's fields changed (or removed, with `undefined`). */
export function withChange(file: string, change: Record<string, unknown>, body?: string): RawDocument[] {
  return validFixture().map((d) => {
    if (d._raw.sourceFilePath !== file) return d;
    const changed: RawDocument = { ...d, ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete changed[key];
    if (body !== undefined) changed.body = { raw: body };
    return changed;
  });
}

/** The fixture plus extra documents. */
export function withExtra(...docs: RawDocument[]): RawDocument[] {
  return [...validFixture(), ...docs];
}

export { doc, provenance };

/** The issues a content check reports (none when it passes); any other error is rethrown. */
export function issuesThrownBy(check: () => unknown): ContentIssue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
}
