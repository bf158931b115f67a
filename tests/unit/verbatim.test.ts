import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '@/lib/content/errors';
import { parseContent } from '@/lib/content/parse';
import { checkOfficialWording, normaliseWording, occursVerbatim } from '@/lib/content/verbatim';
import { checkListedBody, checkProseBody } from '@/lib/content/one-wording';
import { IssueList } from '@/lib/content/errors';
import type { RawDocument } from '@/lib/content/model';
import { validFixture, withChange, issuesThrownBy } from './fixtures';

/** The fixture's one source, as its snapshot: every official title of the fixture occurs in it. */
const SNAPSHOT = 'Alpha. Beta. first / second / third. Do one; Do both. Health: Project one, implemented by UNDP.';

function issuesOf(raw: RawDocument[], snapshot = SNAPSHOT): ContentIssue[] {
  return issuesThrownBy(() => checkOfficialWording(parseContent(raw), new Map([['src', snapshot]])));
}

describe('official wording, verbatim', () => {
  it('accepts the fixture and counts every official wording (2 programmes, 3 objectives, 3 actions, 1 area, 1 project, 1 partner)', () => {
    expect(checkOfficialWording(parseContent(validFixture()), new Map([['src', SNAPSHOT]]))).toBe(11);
  });

  it('normalises only whitespace, typographic quotes and the first letter', () => {
    expect(normaliseWording('immigrants’  access\n to “it”')).toBe('immigrants\' access to "it"');
    expect(occursVerbatim('Combating trafficking', 'x combating trafficking y')).toBe(true);
    expect(occursVerbatim('Combating Trafficking', 'x combating trafficking y')).toBe(false);
    expect(occursVerbatim('Contribution (IVC)', 'Contribution(IVC)')).toBe(false);
  });

  it('fails on a reworded objective title, naming file and field', () => {
    expect(issuesOf(withChange('snia/objectives/osp-02.mdx', { title: 'Second one' }))).toEqual([
      expect.objectContaining({ file: 'snia/objectives/osp-02.mdx', field: 'title', message: expect.stringMatching(/not the official wording.*content\/sources\/src\.txt/) }),
    ]);
  });

  it('fails on a reworded action description and project title', () => {
    expect(issuesOf(withChange('snia/actions/1-1.mdx', { description: 'Do it once' }))).toEqual([expect.objectContaining({ file: 'snia/actions/1-1.mdx', field: 'description' })]);
    expect(issuesOf(withChange('iom/projects/p1.mdx', { title: 'Project number one' }))).toEqual([expect.objectContaining({ file: 'iom/projects/p1.mdx', field: 'title' })]);
  });

  it('fails when the source has no snapshot', () => {
    expect(() => checkOfficialWording(parseContent(validFixture()), new Map())).toThrow(/content\/snia\/programmes\/01-alpha\.mdx › title: source "src" has no snapshot/);
  });
});

describe('one wording per objective and action', () => {
  const names = new Map([['Objective OSP 3', 'Third'], ['Action 1.1', 'Do one']]);
  const issuesIn = (body: string) => {
    const issues = new IssueList();
    checkListedBody(body, names, 'snia/programmes/02-beta.mdx', issues);
    return issues.issues;
  };

  it('accepts a list that uses the records\' own wording (case of the first letter aside)', () => {
    expect(issuesIn('- Third (<Objective code="OSP 3" />).\n- do one (<Action code="1.1" />), and more.')).toEqual([]);
  });

  it('fails on a listed objective worded differently, naming the file, the code and the wording to use', () => {
    expect(issuesIn('Its objective:\n- The third one (<Objective code="OSP 3" />).')).toEqual([
      expect.objectContaining({ file: 'snia/programmes/02-beta.mdx', field: '(body)', message: expect.stringMatching(/objective OSP 3 as "The third one"; use its own wording, "Third"/) }),
    ]);
  });

  describe('in running prose', () => {
    const proseNames = new Map([['Objective OSP 3', 'Promote mobility and return']]);
    const proseIssues = (body: string) => {
      const issues = new IssueList();
      checkProseBody(body, proseNames, 'snia/programmes/02-beta.mdx', issues);
      return issues.issues;
    };

    it('accepts an objective link whose sentence carries the objective\'s own wording (case aside)', () => {
      expect(proseIssues('Its specific objective (<Objective code="OSP 3" />) is to promote mobility and return, with more. Then other text.')).toEqual([]);
      expect(proseIssues('Agreements are signed (<Action code="1.1" />), so as to promote mobility and return (<Objective code="OSP 3" />).')).toEqual([]);
    });

    it('leaves listed bullets to the list check', () => {
      expect(proseIssues('- Mobility (<Objective code="OSP 3" />).')).toEqual([]);
    });

    it('fails on an objective named in prose with other words, naming the file, the code and the wording to use', () => {
      expect(proseIssues('We promote mobility and return. The programme seeks to favour mobility and return (<Objective code="OSP 3" />).')).toEqual([
        expect.objectContaining({
          file: 'snia/programmes/02-beta.mdx',
          field: '(body)',
          message: expect.stringMatching(/objective OSP 3 in a sentence without its own wording, "Promote mobility and return": "The programme seeks to favour/),
        }),
      ]);
      expect(proseIssues('Signed (<Action code="1.1" />), to favour mobility (<Objective code="OSP 3" />) ; promote mobility and return elsewhere.')).toHaveLength(1);
    });
  });
});
