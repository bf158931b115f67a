/**
 * The editor's gate: the same checks as `npm run content`, run in process on a candidate
 * copy of content/ before anything is written. contentlayer is not run (it takes seconds
 * and prints its problems instead of returning them); its one job here, reading each file's
 * YAML frontmatter and body, is done the way it does it (lib/editor/frontmatter.ts), and a
 * unit test checks that both paths give the same issues for the build's own bad-input cases.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentTypeOfPath } from '../content/entities';
import { ContentError, IssueList, type ContentIssue } from '../content/errors';
import { checkContentFiles, type ContentFile } from '../content/file-checks';
import { loadSite } from '../content/load';
import type { RawDocument } from '../content/model';
import { readFrontmatter } from './frontmatter';

/** Frontmatter and body as contentlayer reads them; undefined where it would skip the file. */
export function readDocument(file: ContentFile): RawDocument | undefined {
  const type = documentTypeOfPath(file.file);
  if (!type) return undefined;
  let parsed: { data: unknown; body: string };
  try {
    parsed = readFrontmatter(file.text);
  } catch {
    return undefined;
  }
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  // contentlayer lets a frontmatter `type:` replace the folder's; checkDocumentTypes reports it.
  return { type, ...(data as Record<string, unknown>), _raw: { sourceFilePath: file.file }, body: { raw: parsed.body } };
}

/** The content folder `contentDir` loaded and checked as `npm run content` does; throws ContentError. */
export function loadContentDir(contentDir: string): ReturnType<typeof loadSite> {
  const files = checkContentFiles(contentDir);
  const unknown = new IssueList();
  const documents: RawDocument[] = [];
  for (const file of files) {
    const doc = readDocument(file);
    if (doc) documents.push(doc);
    // contentlayer's onUnknownDocuments: 'fail'.
    else if (!documentTypeOfPath(file.file)) unknown.add(file.file, '(file)', 'is in no folder of a content kind (see content/README.md for where each kind lives)');
  }
  unknown.throwIfAny();
  return loadSite(documents, contentDir);
}

/** Every problem `npm run content` would report for the content folder `contentDir`. */
export function contentIssues(contentDir: string): ContentIssue[] {
  try {
    loadContentDir(contentDir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
}

/** One issue as the build prints it. */
export function formatIssue(issue: ContentIssue): string {
  return `content/${issue.file} › ${issue.field}: ${issue.message}`;
}

/**
 * The issues content/ would have with `changes` (path relative to content/ → new text)
 * applied, checked on a temporary copy so content/ itself is never half-changed.
 */
export function issuesWithChanges(contentDir: string, changes: ReadonlyMap<string, string>): ContentIssue[] {
  const scratch = mkdtempSync(path.join(tmpdir(), 'snia-edit-'));
  try {
    const copy = path.join(scratch, 'content');
    cpSync(contentDir, copy, { recursive: true, verbatimSymlinks: true });
    for (const [file, text] of changes) writeInside(copy, file, text);
    return contentIssues(copy);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}


/** Writes `text` at `file` under `dir` through a temporary file, so a reader never sees half a file. */
export function writeInside(dir: string, file: string, text: string): void {
  const full = resolveInside(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  const temp = `${full}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, full);
}

/** `file` under `dir`, refusing any path that would leave it ("..", absolute paths). */
export function resolveInside(dir: string, file: string): string {
  const root = path.resolve(dir);
  const full = path.resolve(root, file);
  if (full !== root && !full.startsWith(root + path.sep)) throw new Error(`"${file}" is outside ${dir}`);
  return full;
}
