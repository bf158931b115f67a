import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFiles, MAX_FILE_BYTES, stageContent } from '@/lib/content/file-checks';
import { issuesThrownBy } from './fixtures';

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
  return issuesThrownBy(() => checkContentFiles(contentDir));
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
  it('reads a file saved with Windows line endings or a byte-order mark as the same text', () => {
    const files = checkContentFiles(contentWith({ 'snia/crlf.mdx': valid.replaceAll('\n', '\r\n'), 'snia/bom.mdx': `\uFEFF${valid}`, 'snia/cr.mdx': valid.replaceAll('\n', '\r') }));
    expect(files).toEqual([
      { file: 'snia/bom.mdx', text: valid },
      { file: 'snia/cr.mdx', text: valid },
      { file: 'snia/crlf.mdx', text: valid },
    ]);
  });
  it('refuses frontmatter in another language than YAML: gray-matter would run "---js" as JavaScript', () => {
    const js = '---js\n{ title: require("child_process").execSync("id -un").toString() }\n---\nText.\n';
    expect(issuesOf(contentWith({ 'snia/a.mdx': js }))).toEqual([
      { file: 'snia/a.mdx', field: '(frontmatter)', message: expect.stringMatching(/first line must be exactly "---".*not "---js"/) },
    ]);
  });
  it('refuses a symbolic link, to a file or to a folder, without reading through it', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    writeFileSync(path.join(outside, 'secret.mdx'), valid);
    const root = contentWith({ 'snia/a.mdx': valid });
    symlinkSync(path.join(outside, 'secret.mdx'), path.join(root, 'snia/link.mdx'));
    symlinkSync(outside, path.join(root, 'linked-folder'));
    symlinkSync(path.join(outside, 'missing.mdx'), path.join(root, 'snia/dangling.mdx'));
    const issues = issuesOf(root);
    rmSync(outside, { recursive: true, force: true });
    expect(issues.map((i) => [i.file, i.field])).toEqual([['linked-folder', '(file)'], ['snia/dangling.mdx', '(file)'], ['snia/link.mdx', '(file)']]);
    expect(issues[0]?.message).toMatch(/symbolic link/);
  });
  it('refuses control and bidirectional control characters, naming the line', () => {
    for (const [char, name] of [['\u202E', 'U+202E (a bidirectional control character)'], ['\u2066', 'U+2066 (a bidirectional control character)'], ['\u0007', 'U+0007 (a control character)'], ['\u0000', 'U+0000 (a control character)']]) {
      expect(issuesOf(contentWith({ 'snia/a.mdx': `---\ntitle: "A${char}B"\n---\n` }))).toEqual([
        { file: 'snia/a.mdx', field: '(file)', message: `line 2 contains ${name}, which can hide or disguise text; delete it` },
      ]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('keeps zero-width joiners, which Arabic spelling can need', () => {
    expect(issuesOf(contentWith({ 'snia/a.mdx': '---\ntitle: "لا\u200Cإله"\n---\n' }))).toEqual([]);
  });
  it('stages exactly the checked, normalised .mdx files for contentlayer', () => {
    const root = contentWith({ 'snia/a.mdx': valid.replaceAll('\n', '\r\n'), 'README.md': '# Notes', 'i18n/fr/b.mdx': `\uFEFF${valid}` });
    const stage = path.join(root, '..', `${path.basename(root)}-staged`);
    expect(stageContent(root, stage)).toBe(2);
    expect(readFileSync(path.join(stage, 'snia/a.mdx'), 'utf8')).toBe(valid);
    expect(readFileSync(path.join(stage, 'i18n/fr/b.mdx'), 'utf8')).toBe(valid);
    expect(() => readFileSync(path.join(stage, 'README.md'))).toThrow(/ENOENT/);
    rmSync(stage, { recursive: true, force: true });
  });
});
