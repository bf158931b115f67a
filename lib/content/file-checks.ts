/**
 * Checks on content files as bytes, before contentlayer reads them, and the staging copy
 * contentlayer reads instead of content/ itself: only regular .mdx files that passed these
 * checks, normalised the way editors' tools differ (a byte-order mark, Windows line
 * endings). contentlayer would otherwise silently replace invalid UTF-8, skip an empty file,
 * spend minutes on a huge one, follow a symbolic link out of the repository, fail on CRLF
 * with a misleading YAML error — and run a `---js` frontmatter block as JavaScript
 * (gray-matter's JavaScript engine evaluates it).
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IssueList } from './errors';

/** No real page comes close: the longest content file today is under 10 KB. */
export const MAX_FILE_BYTES = 256 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What a file's text is read as: no byte-order mark, "\n" line endings. */
export function normalizeContentText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Characters no content needs and that can hide or disguise text: C0/C1 control characters
 * (tab and newline excepted) and the bidirectional embedding, override and isolate controls
 * (the site isolates mixed-direction text itself, in markup). Zero-width joiners stay:
 * Arabic and Persian spelling can need them.
 */
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  const name = code >= 0x202a && code <= 0x2069 ? 'a bidirectional control character' : 'a control character';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
}

export interface ContentFile {
  /** Relative to the content folder, with forward slashes. */
  file: string;
  /** The text as contentlayer will read it (normalised). */
  text: string;
}

/** Every entry under `dir`, relative, without following symbolic links. */
function walk(dir: string, relative = ''): Array<{ file: string; symlink: boolean; directory: boolean }> {
  const entries: Array<{ file: string; symlink: boolean; directory: boolean }> = [];
  for (const name of readdirSync(path.join(dir, relative)).sort()) {
    const file = relative ? `${relative}/${name}` : name;
    const stat = lstatSync(path.join(dir, file));
    entries.push({ file, symlink: stat.isSymbolicLink(), directory: stat.isDirectory() });
    if (stat.isDirectory()) entries.push(...walk(dir, file));
  }
  return entries;
}

function checkText(file: string, bytes: Buffer, issues: IssueList): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    issues.add(file, '(file)', `file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024} KB`);
    return undefined;
  }
  let text: string;
  try {
    text = normalizeContentText(utf8.decode(bytes));
  } catch {
    issues.add(file, '(file)', 'file is not valid UTF-8 (save it as UTF-8)');
    return undefined;
  }
  if (text.trim() === '') {
    issues.add(file, '(file)', 'file is empty');
    return undefined;
  }
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  if (firstLine.trimEnd() !== '---') {
    issues.add(file, '(frontmatter)', firstLine.startsWith('---')
      ? `the first line must be exactly "---" (YAML frontmatter), not "${firstLine.slice(0, 20)}": other frontmatter languages are not accepted`
      : 'file must start with a "---" frontmatter block');
    return undefined;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const hidden = HIDDEN_CHARACTER.exec(lines[i]!);
    if (hidden) {
      issues.add(file, '(file)', `line ${i + 1} contains ${describe(hidden[0])}, which can hide or disguise text; delete it`);
      return undefined;
    }
  }
  return text;
}

/**
 * Reads and checks every .mdx file under `contentDir`; throws ContentError naming every file
 * that is a symbolic link, empty, too large, not UTF-8, without YAML frontmatter or holding
 * hidden characters. Returns the files' normalised text.
 */
export function checkContentFiles(contentDir: string): ContentFile[] {
  const issues = new IssueList();
  const files: ContentFile[] = [];
  for (const entry of walk(contentDir)) {
    if (entry.symlink) {
      issues.add(entry.file, '(file)', 'is a symbolic link: content must be real files in content/ (a link could publish a file from elsewhere)');
      continue;
    }
    if (entry.directory || !entry.file.endsWith('.mdx')) continue;
    const text = checkText(entry.file, readFileSync(path.join(contentDir, entry.file)), issues);
    if (text !== undefined) files.push({ file: entry.file, text });
  }
  issues.throwIfAny();
  return files;
}

/**
 * Checks content/ and writes the checked, normalised .mdx files into `stageDir` (replacing
 * it), which is the folder contentlayer reads: what it parses is exactly what was checked.
 */
export function stageContent(contentDir: string, stageDir: string): number {
  const files = checkContentFiles(contentDir);
  rmSync(stageDir, { recursive: true, force: true });
  for (const { file, text } of files) {
    mkdirSync(path.dirname(path.join(stageDir, file)), { recursive: true });
    writeFileSync(path.join(stageDir, file), text);
  }
  return files.length;
}
