import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '@/lib/content/errors';
import type { RawDocument } from '@/lib/content/model';
import { parseContent } from '@/lib/content/parse';
import { checkTraceability, numbersIn, quotesIn } from '@/lib/content/traceability';
import { validFixture, withChange, issuesThrownBy } from './fixtures';

/** The fixture's source: every figure the fixture states (2, 3, 5 totals; 6 actions; 103,000 in 2020; the phone). */
const SNAPSHOT = 'Totals 2, 3 and 5; 6 actions. Around 103,000 migrants in 2020. Tel: +212 (0)5 37 65 28 81. Fax 05';

function issuesOf(raw: RawDocument[]): ContentIssue[] {
  return issuesThrownBy(() => checkTraceability(parseContent(raw), new Map([['src', SNAPSHOT]])));
}

describe('every number and quote traced to a cited source', () => {
  it('reads numbers as written, leaving codes and component props aside', () => {
    expect(numbersIn('Around 103,000 in 2020 (OSP 5, actions 3.1 and 3.2, <Action code="3.4" />), at 4:30 pm')).toEqual(['103000', '2020', '4', '30']);
    expect(quotesIn('the source says “above 250 250,000 MAD” and “x”')).toEqual(['above 250 250,000 MAD', 'x']);
  });

  it('counts what it proved on the fixture', () => {
    expect(checkTraceability(parseContent(validFixture()), new Map([['src', SNAPSHOT]]))).toEqual({ numbers: 6, quotes: 0, phones: 2 });
  });

  it('fails on a number in no cited source, naming file and field', () => {
    expect(issuesOf(withChange('iom/overview.mdx', { migrantStock: { count: 104000, year: 2020, source: 'DESA' } }))).toEqual([
      expect.objectContaining({ file: 'iom/overview.mdx', field: 'migrantStock.count', message: expect.stringMatching(/104000 is in none of the sources/) }),
    ]);
  });

  it('fails on a quoted passage not found verbatim, and on a phone number in no source', () => {
    expect(issuesOf(withChange('snia/programmes/01-alpha.mdx', {}, 'It is “widely recognised”.'))).toEqual([
      expect.objectContaining({ file: 'snia/programmes/01-alpha.mdx', field: '(body)', message: expect.stringMatching(/“widely recognised” is not found verbatim/) }),
    ]);
    expect(issuesOf(withChange('iom/contacts/office.mdx', { phones: [{ label: 'Tel', display: '+212 (0)5 37 65 28 82', e164: '+212537652882' }] }))).toEqual([
      expect.objectContaining({ file: 'iom/contacts/office.mdx', field: 'phones.0.e164' }),
      expect.objectContaining({ file: 'iom/contacts/office.mdx', field: 'phones.0.display' }),
    ]);
  });
});
