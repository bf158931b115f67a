import { readdirSync } from 'node:fs';
import path from 'node:path';
import { TRANSLATION_TYPE } from './document-types';
import { IssueList } from './errors';
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

/** Parses, checks and returns all content; throws ContentError on any problem. */
export function loadContent(raw: RawDocument[], contentDir: string): ContentCollections {
  checkAllFilesLoaded(listContentFiles(contentDir), raw);
  const collections = parseContent(raw);
  checkReferences(collections);
  return collections;
}

/**
 * Base content, its source snapshots and its translations, all checked (official wording
 * verbatim in its source); throws ContentError on any problem.
 */
export function loadSite(raw: RawDocument[], contentDir: string): { collections: ContentCollections; translations: TranslationSet; snapshots: Snapshots; verbatim: number; traced: Traceability; evidence: { citations: number; conflicts: number } } {
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
