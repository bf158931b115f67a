/**
 * Per-claim citations and conflicts between sources (frontmatter `citations`, `conflicts`):
 * each quoted passage must be found verbatim in the snapshot of the source it names, and
 * that source must be among the file's `sources`, so the page lists it.
 */
import { factDocuments } from './entities';
import { IssueList } from './errors';
import type { ContentCollections, DocumentBase } from './model';
import type { Snapshots } from './snapshots';
import { snapshotFile } from './snapshots';
import { occursVerbatim } from './verbatim';

interface Quoted {
  source: string;
  quote: string;
}
type WithEvidence = DocumentBase & { sources: string[]; citations: Array<Quoted & { about: string }>; conflicts: Array<{ topic: string; sides: Quoted[] }> };

export function documentsOf(c: ContentCollections): WithEvidence[] {
  return factDocuments(c) as unknown as WithEvidence[];
}

/** Throws ContentError for a quote not in its source or a source the file does not list; returns how many conflicts pages show. */
export function checkEvidence(c: ContentCollections, snapshots: Snapshots): { citations: number; conflicts: number } {
  const issues = new IssueList();
  let citations = 0;
  let conflicts = 0;
  const check = (doc: WithEvidence, field: string, q: Quoted) => {
    const snapshot = snapshots.get(q.source);
    if (!doc.sources.includes(q.source)) issues.add(doc.file, `${field}.source`, `"${q.source}" must also be listed in sources, so the page names it`);
    else if (snapshot === undefined || !occursVerbatim(q.quote, snapshot)) issues.add(doc.file, `${field}.quote`, `“${q.quote}” is not found verbatim in content/${snapshotFile({ id: q.source })}`);
  };
  for (const doc of documentsOf(c)) {
    doc.citations.forEach((q, i) => check(doc, `citations.${i}`, q));
    doc.conflicts.forEach((conflict, i) => conflict.sides.forEach((q, j) => check(doc, `conflicts.${i}.sides.${j}`, q)));
    citations += doc.citations.length;
    conflicts += doc.conflicts.length;
  }
  issues.throwIfAny();
  return { citations, conflicts };
}
