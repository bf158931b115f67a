import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { checkContentFiles, MAX_FILE_BYTES } from '@/lib/content/file-checks';

let dir: string;
function contentWith(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [file, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), data);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function issuesOf(contentDir: string) {
  try {
    checkContentFiles(contentDir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
}

const valid = '---\ntitle: "A"\n---\nText.\n';

describe('content files as bytes', () => {
  it('accepts ordinary UTF-8 files', () => {
    expect(issuesOf(contentWith({ 'snia/a.mdx': valid, 'snia/b.mdx': '---\ntitle: "Éducation — المغرب"\n---\n' }))).toEqual([]);
  });
  it('rejects an empty file', () => {
    expect(issuesOf(contentWith({ 'snia/a.mdx': '  \n' }))).toEqual([{ file: 'snia/a.mdx', field: '(file)', message: 'file is empty' }]);
  });
  it('rejects a file that is not UTF-8', () => {
    expect(issuesOf(contentWith({ 'snia/a.mdx': Buffer.from('---\ntitle: "\xe9ducation"\n---\n', 'latin1') }))[0]?.message).toMatch(/not valid UTF-8/);
  });
  it('rejects a file over the size limit before anything parses it', () => {
    const huge = `${valid}${'x'.repeat(MAX_FILE_BYTES + 1)}`;
    expect(issuesOf(contentWith({ 'snia/a.mdx': huge }))[0]?.message).toMatch(/limit is 256 KB/);
  });
  it('rejects a file without frontmatter', () => {
    expect(issuesOf(contentWith({ 'snia/a.mdx': 'Just text.\n' }))[0]).toEqual({ file: 'snia/a.mdx', field: '(frontmatter)', message: expect.stringMatching(/---/) });
  });
});
