import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lineNote, parseBody } from './body';
import { documentTypeOfPath, TRANSLATION_TYPE } from './entities';
import { IssueList } from './errors';
import { normalizeContentText } from './file-checks';
import type { ContentCollections, RawDocument } from './model';
import { parseContent } from './parse';
import { checkReferences } from './references';
import { readSnapshots, type Snapshots } from './snapshots';
import { checkTranslations, type TranslationSet } from './translations';
import { checkEvidence } from './evidence';
import { checkOneWording } from './one-wording';
import { checkTraceability, type Traceability } from './traceability';
import { checkFrenchTitles, checkOfficialWording } from './verbatim';

/** Every .mdx file under a content folder, relative to it, with forward slashes. */
export function listContentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/**
 * Files on disk that contentlayer produced no document for (unparseable frontmatter, for
 * one): contentlayer warns and carries on, so without this check they would vanish.
 */
export function checkAllFilesLoaded(files: string[], raw: RawDocument[]): void {
  const loaded = new Set(raw.map((d) => d._raw.sourceFilePath));
  const issues = new IssueList();
  for (const file of files) {
    if (!loaded.has(file)) issues.add(file, '(file)', 'contentlayer could not read this file (see its warning above: is the frontmatter valid YAML?)');
  }
  issues.throwIfAny();
}

/** contentlayer lets a frontmatter `type:` override the folder; here a file's place decides. */
export function checkDocumentTypes(raw: RawDocument[]): void {
  const issues = new IssueList();
  for (const doc of raw) {
    const expected = documentTypeOfPath(doc._raw.sourceFilePath);
    if (expected && doc.type !== expected) {
      issues.add(doc._raw.sourceFilePath, 'type', `a file's kind comes from its folder (here ${expected}); delete the "type" field`);
    }
  }
  issues.throwIfAny();
}

/**
 * Each document with the file line its body starts on (contentlayer gives the body without
 * its frontmatter), so a message about the body names the line an editor sees.
 */
export function withBodyLines(raw: RawDocument[], contentDir: string): RawDocument[] {
  return raw.map((doc) => {
    const body = doc.body?.raw ?? '';
    const text = normalizeContentText(readFileSync(path.join(contentDir, doc._raw.sourceFilePath), 'utf8'));
    const line = text.endsWith(body) ? text.slice(0, text.length - body.length).split('\n').length : 1;
    return { ...doc, body: { raw: body, line } };
  });
}

/**
 * Every body, base and translation, in the closed content language of body.ts: Markdown and
 * the site's link components with literal props; no code, no HTML, no foreign links.
 */
export function checkBodies(raw: RawDocument[]): void {
  const issues = new IssueList();
  for (const doc of raw) {
    const body = doc.body;
    if (!body?.raw.trim()) continue;
    for (const issue of parseBody(body.raw).issues) {
      issues.add(doc._raw.sourceFilePath, '(body)', `${lineNote(body.line ?? 1, issue.line)}${issue.message}`);
    }
  }
  issues.throwIfAny();
}

/** Parses, checks and returns all content; throws ContentError on any problem. */
export function loadContent(raw: RawDocument[], contentDir: string): ContentCollections {
  checkAllFilesLoaded(listContentFiles(contentDir), raw);
  checkDocumentTypes(raw);
  checkBodies(raw);
  const collections = parseContent(raw);
  checkReferences(collections);
  return collections;
}

/**
 * Base content, its source snapshots and its translations, all checked (official wording
 * verbatim in its source); throws ContentError on any problem.
 */
export function loadSite(documents: RawDocument[], contentDir: string): { collections: ContentCollections; translations: TranslationSet; snapshots: Snapshots; verbatim: number; traced: Traceability; evidence: { citations: number; conflicts: number; reported: number } } {
  const raw = withBodyLines(documents, contentDir);
  const collections = loadContent(raw, contentDir);
  const snapshots = readSnapshots(contentDir, collections.sources);
  const verbatim = checkOfficialWording(collections, snapshots);
  const traced = checkTraceability(collections, snapshots);
  const evidence = checkEvidence(collections, snapshots);
  const translations = checkTranslations(raw.filter((d) => d.type === TRANSLATION_TYPE), collections);
  checkFrenchTitles(collections, translations);
  checkOneWording(collections, translations);
  return { collections, translations, snapshots, verbatim, traced, evidence };
}
