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
import type { ReportedFact } from './schema';
import { numbersIn, numbersOfSnapshot } from './traceability';
import { occursVerbatim } from './verbatim';

interface Quoted {
  source: string;
  quote: string;
}
type WithEvidence = DocumentBase & {
  sources: string[];
  citations: Array<Quoted & { about: string }>;
  conflicts: Array<{ topic: string; sides: Array<Quoted & { date?: string }> }>;
  reported?: ReportedFact[];
  helplines?: Array<{ source: string; details: string[] }>;
};

export function documentsOf(c: ContentCollections): WithEvidence[] {
  return factDocuments(c) as unknown as WithEvidence[];
}

/**
 * Throws ContentError for a quote not in its source or a source the file does not list, and
 * for a reported fact whose statement holds a number its own source does not, or whose date's
 * year is in neither its quotes nor its source's record (publisher, title); returns how many
 * citations, conflicts and reported facts pages show.
 */
export function checkEvidence(c: ContentCollections, snapshots: Snapshots): { citations: number; conflicts: number; reported: number } {
  const issues = new IssueList();
  let citations = 0;
  let conflicts = 0;
  let reported = 0;
  const records = new Map(c.sources.map((s) => [s.id, s]));
  const check = (doc: WithEvidence, field: string, q: Quoted, sourceField = `${field}.source`, quoteField = `${field}.quote`) => {
    const snapshot = snapshots.get(q.source);
    if (!doc.sources.includes(q.source)) issues.add(doc.file, sourceField, `"${q.source}" must also be listed in sources, so the page names it`);
    else if (snapshot === undefined || !occursVerbatim(q.quote, snapshot)) issues.add(doc.file, quoteField, `“${q.quote}” is not found verbatim in content/${snapshotFile({ id: q.source })}`);
  };
  for (const doc of documentsOf(c)) {
    doc.citations.forEach((q, i) => check(doc, `citations.${i}`, q));
    doc.conflicts.forEach((conflict, i) => conflict.sides.forEach((q, j) => {
      check(doc, `conflicts.${i}.sides.${j}`, q);
      // A side's date is the one its own words give.
      const year = q.date?.slice(0, 4);
      if (year && !q.quote.includes(year)) issues.add(doc.file, `conflicts.${i}.sides.${j}.date`, `the year ${year} is not in this side's quote: give the date its words give`);
    }));
    (doc.reported ?? []).forEach((fact, i) => {
      const field = `reported.${i}`;
      // One issue for a source the file does not list, not one per passage.
      if (!doc.sources.includes(fact.source)) check(doc, field, { source: fact.source, quote: '' });
      else fact.quotes.forEach((quote, j) => check(doc, field, { source: fact.source, quote }, `${field}.source`, `${field}.quotes.${j}`));
      const snapshot = snapshots.get(fact.source);
      if (!doc.sources.includes(fact.source) || snapshot === undefined) return;
      // The statement's figures come from this fact's own source, not from another the file cites.
      const own = numbersOfSnapshot(snapshot);
      for (const n of numbersIn(fact.statement)) {
        if (!own.has(n)) issues.add(doc.file, `${field}.statement`, `the number ${n} is not in its own source (content/${snapshotFile({ id: fact.source })})`);
      }
      const record = records.get(fact.source);
      const year = fact.date?.slice(0, 4);
      if (year && ![...fact.quotes, record?.publisher ?? '', record?.title ?? ''].some((t) => t.includes(year))) {
        issues.add(doc.file, `${field}.date`, `the year ${year} is in neither its quotes nor its source's publisher or title: give only the date the source shows`);
      }
    });
    // A helpline's hours and address are its source's own words.
    (doc.helplines ?? []).forEach((line, i) => {
      const field = `helplines.${i}`;
      if (!doc.sources.includes(line.source)) check(doc, field, { source: line.source, quote: '' });
      else line.details.forEach((quote, j) => check(doc, field, { source: line.source, quote }, `${field}.source`, `${field}.details.${j}`));
    });
    citations += doc.citations.length;
    conflicts += doc.conflicts.length;
    reported += doc.reported?.length ?? 0;
  }
  issues.throwIfAny();
  return { citations, conflicts, reported };
}
