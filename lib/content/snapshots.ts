/**
 * Source snapshots: the exact text of each cited source, kept beside its record as
 * `content/sources/<id>.txt` (the whole page for the two seed pages, the quoted passages
 * for the others). The official-wording check (verbatim.ts) and the number check
 * (traceability.ts) read them; nothing on a page is rendered from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IssueList } from './errors';
import type { Source } from './model';

/** Source id → snapshot text. */
export type Snapshots = ReadonlyMap<string, string>;

/** The snapshot file of a source record, relative to content/. */
export function snapshotFile(source: Pick<Source, 'id'>): string {
  return `sources/${source.id}.txt`;
}

/** Reads every source's snapshot; throws ContentError naming each record whose file is missing or empty. */
export function readSnapshots(contentDir: string, sources: Source[]): Snapshots {
  const issues = new IssueList();
  const snapshots = new Map<string, string>();
  for (const source of sources) {
    const full = path.join(contentDir, snapshotFile(source));
    const text = existsSync(full) ? readFileSync(full, 'utf8') : '';
    if (text.trim() === '') issues.add(source.file, 'snapshot', `content/${snapshotFile(source)} is missing or empty: it must hold the text the site quotes from this source`);
    else snapshots.set(source.id, text);
  }
  issues.throwIfAny();
  return snapshots;
}
