/**
 * The editor's gate (lib/editor/validate.ts) runs the build's content checks in process,
 * reading files as contentlayer does. Parity: every malformed file the real build is fed
 * (scripts/bad-input-cases.mjs) is refused here with the same file and field, and the
 * awkward but valid ones pass.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of scripts/, shared with the build's bad-input check.
import { accepted, cases } from '../../scripts/bad-input-cases.mjs';
import { contentIssues, formatIssue, issuesWithChanges, resolveInside } from '../../lib/editor/validate';

type Case = [string, (dir: string) => void, string, string, RegExp?];
const scratch = mkdtempSync(path.join(tmpdir(), 'snia-editor-parity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh project folder holding a copy of content/, changed by `change`. */
function projectWith(name: string, change: (dir: string) => void): string {
  const dir = path.join(scratch, name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(dir);
  cpSync('content', path.join(dir, 'content'), { recursive: true });
  change(dir);
  return dir;
}

describe('the editor refuses what the build refuses', () => {
  it('knows every bad-input case of the build', () => {
    expect((cases as Case[]).length).toBe(15);
  });
  it('accepts the content as it is', () => {
    expect(contentIssues('content')).toEqual([]);
  });
  for (const [what, change, file, field, reason] of cases as Case[]) {
    it(what, () => {
      const issues = contentIssues(path.join(projectWith(what, change), 'content'));
      const named = issues.filter((i) => i.file === file && i.field === field);
      // As the build's check asks: a message naming this file and field (and its reason, where given).
      expect(named.map(formatIssue), issues.map(formatIssue).join('\n')).not.toEqual([]);
      if (reason) expect(named.some((i) => reason.test(i.message)), named.map(formatIssue).join('\n')).toBe(true);
    });
  }
  for (const [what, change] of accepted as Array<[string, (dir: string) => void]>) {
    it(`accepts ${what}`, () => {
      expect(contentIssues(path.join(projectWith(what, change), 'content'))).toEqual([]);
    });
  }
});

describe('a save is checked on a copy', () => {
  it('reports a change without writing it', () => {
    const file = 'snia/objectives/osp-05.mdx';
    const before = contentIssues('content');
    const issues = issuesWithChanges('content', new Map([[file, '---\ncode: "OSP 5"\n---\n']]));
    expect(issues.some((i) => i.file === file && i.field === 'title')).toBe(true);
    expect(contentIssues('content')).toEqual(before);
  });
  it('refuses a path out of content/', () => {
    expect(() => resolveInside('content', '../package.json')).toThrow(/outside content/);
    expect(() => resolveInside('content', '/etc/passwd')).toThrow(/outside content/);
  });
});
