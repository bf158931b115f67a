/**
 * Checks on content files as bytes, before contentlayer reads them: contentlayer would
 * silently replace invalid UTF-8, skip an empty file, and spend minutes compiling a huge one.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IssueList } from './errors';
import { listContentFiles } from './load';

/** No real page comes close: the longest content file today is under 10 KB. */
export const MAX_FILE_BYTES = 256 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Throws ContentError naming every file that is empty, too large or not UTF-8. */
export function checkContentFiles(contentDir: string): void {
  const issues = new IssueList();
  for (const file of listContentFiles(contentDir)) {
    const full = path.join(contentDir, file);
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      issues.add(file, '(file)', `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024} KB`);
      continue;
    }
    const bytes = readFileSync(full);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      issues.add(file, '(file)', 'file is not valid UTF-8 (save it as UTF-8)');
      continue;
    }
    if (text.trim() === '') issues.add(file, '(file)', 'file is empty');
    else if (!text.startsWith('---')) issues.add(file, '(frontmatter)', 'file must start with a "---" frontmatter block');
  }
  issues.throwIfAny();
}
