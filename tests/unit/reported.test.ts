import { describe, expect, it } from 'vitest';
import { checkEvidence } from '@/lib/content/evidence';
import type { ContentIssue } from '@/lib/content/errors';
import type { RawDocument } from '@/lib/content/model';
import { parseContent } from '@/lib/content/parse';
import { checkReferences } from '@/lib/content/references';
import { doc, provenance, withChange, withExtra, issuesThrownBy } from './fixtures';

const SNAPSHOT = 'The circular of 9 October 2013 lets 90% of children enrol. Other text.';

function issuesOf(raw: RawDocument[]): ContentIssue[] {
  return issuesThrownBy(() => checkEvidence(parseContent(raw), new Map([['src', SNAPSHOT]])));
}
const withFact = (fact: Record<string, unknown>) =>
  withChange('snia/programmes/01-alpha.mdx', { reported: [{ source: 'src', quotes: ['The circular of 9 October 2013'], statement: 'A circular.', ...fact }] });

describe('reported facts: quoted from their own source, figures and dates found there', () => {
  it('accepts a fact whose quote, figures and date are in its source, and counts it', () => {
    expect(issuesOf(withFact({ date: '2013-10-09', statement: 'A circular lets 90% of children enrol.' }))).toEqual([]);
    expect(checkEvidence(parseContent(withFact({})), new Map([['src', SNAPSHOT]])).reported).toBe(1);
  });

  it('fails on a quote not verbatim in the source', () => {
    expect(issuesOf(withFact({ quotes: ['The circular of 10 October 2013'] }))).toEqual([
      expect.objectContaining({ file: 'snia/programmes/01-alpha.mdx', field: 'reported.0.quotes.0', message: expect.stringMatching(/not found verbatim/) }),
    ]);
  });

  it('fails on a number in the statement that its own source does not hold', () => {
    expect(issuesOf(withFact({ statement: 'It lets 95% of children enrol.' }))).toEqual([
      expect.objectContaining({ field: 'reported.0.statement', message: expect.stringMatching(/the number 95 is not in its own source/) }),
    ]);
  });

  it('fails on a date whose year neither the quotes nor the source record show', () => {
    expect(issuesOf(withFact({ date: '2014' }))).toEqual([
      expect.objectContaining({ field: 'reported.0.date', message: expect.stringMatching(/the year 2014/) }),
    ]);
  });

  it('refuses a date that is not a calendar date or not in the allowed forms, and a fact without a quote', () => {
    for (const date of ['2013-02-30', '13-10', '2013-1']) {
      expect(() => parseContent(withFact({ date }))).toThrow(/reported\.0\.date/);
    }
    expect(() => parseContent(withFact({ quotes: [] }))).toThrow(/reported\.0\.quotes/);
  });

  it('fails on a source the file does not list', () => {
    expect(issuesOf(withFact({ source: 'other' }))).toEqual([
      expect.objectContaining({ field: 'reported.0.source' }),
    ]);
  });
});

describe('source tiers', () => {
  it('requires every source record to state its tier, from the four SOURCES-MORE names', () => {
    expect(() => parseContent(withChange('sources/src.mdx', { tier: undefined }))).toThrow(/sources\/src\.mdx.*tier/s);
    expect(() => parseContent(withChange('sources/src.mdx', { tier: 'blog' }))).toThrow(/tier/);
    expect(parseContent(withChange('sources/src.mdx', { tier: 'press', copy: true })).sources[0]).toMatchObject({ tier: 'press', copy: true });
  });
});

describe('source addresses', () => {
  it('refuses a plain http address unless the record says the source is recorded only there', () => {
    expect(() => parseContent(withChange('sources/src.mdx', { url: 'http://example.org/page' }))).toThrow(/url.*https/s);
    expect(parseContent(withChange('sources/src.mdx', { url: 'http://example.org/page', plainHttp: true })).sources[0]).toMatchObject({ plainHttp: true });
  });
});

describe('topic pages: helplines', () => {
  const topic = (line: Record<string, unknown>) => withExtra(doc('Topic', 'topics/help.mdx', {
    slug: 'help', title: 'Help', summary: 'H.', ...provenance,
    reported: [{ source: 'src', quotes: ['Other text'], statement: 'S.' }],
    helplines: [{ name: 'Line', source: 'src', phones: [{ label: 'Call', display: '+212 (0)5 37 65 28 81', e164: '+212537652881' }], details: ['Other text.'], ...line }],
  }));
  it('accepts hours and an address quoted verbatim from the helpline\'s source', () => {
    expect(issuesOf(topic({}))).toEqual([]);
  });
  it('fails on a detail not in the source, and refuses a number that dials another', () => {
    expect(issuesOf(topic({ details: ['Open every day.'] }))).toEqual([expect.objectContaining({ field: 'helplines.0.details.0' })]);
    expect(() => parseContent(topic({ phones: [{ label: 'Call', display: '+212 (0)5 37 65 28 81', e164: '+212537652882' }] }))).toThrow(/display/);
  });
});

describe('topic pages: published at their slug', () => {
  const topicDoc = (slug: string) => doc('Topic', `topics/${slug}.mdx`, {
    slug, title: 'A subject', summary: 'A subject page.', ...provenance,
    reported: [{ source: 'src', quotes: ['The circular of 9 October 2013'], statement: 'A circular.' }],
  });
  const referenceIssues = (raw: RawDocument[]) => issuesThrownBy(() => checkReferences(parseContent(raw)));

  it('accepts a topic whose slug is a page of lib/routes.ts, and names the file of one that is not', () => {
    expect(referenceIssues(withExtra(topicDoc('asylum')))).toEqual([]);
    expect(referenceIssues(withExtra(topicDoc('elsewhere')))).toEqual([
      expect.objectContaining({ file: 'topics/elsewhere.mdx', field: 'slug', message: expect.stringMatching(/no page "\/elsewhere\/"/) }),
    ]);
  });
});

describe('conflicts about dates: each side dated by its own words', () => {
  const withDatedConflict = (date: string) => withChange('snia/programmes/01-alpha.mdx', {
    conflicts: [{ topic: 'When it was signed', sides: [{ source: 'src', quote: 'The circular of 9 October 2013', date }, { source: 'src', quote: 'Other text.' }] }],
  });
  it('accepts a side whose date is in its quote, and refuses one whose year its words do not give', () => {
    expect(issuesOf(withDatedConflict('2013-10-09'))).toEqual([]);
    expect(issuesOf(withDatedConflict('2014'))).toEqual([
      expect.objectContaining({ file: 'snia/programmes/01-alpha.mdx', field: 'conflicts.0.sides.0.date', message: expect.stringMatching(/year 2014 is not in this side's quote/) }),
    ]);
  });
});
