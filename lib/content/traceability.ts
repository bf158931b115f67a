/**
 * Every claim traceable: each number in the English text of a document (its text fields,
 * its body, and the counts and figures it holds as data) must occur in the snapshot of a
 * source the document cites, and each passage it quotes (“…”) must occur verbatim there.
 * Pages show a document's sources, so what the page says can be found where it says.
 *
 * Not checked, because they are identifiers, not claims: codes (OSP 5, 3.4) and the
 * site's own ordering fields (`number`, `order`), attribute values of body components,
 * the digits of the `lastChecked` date (the site's own record), and a reported fact's `date`
 * (evidence.ts proves it against that fact's own source).
 */
import { factDocuments } from './entities';
import { IssueList } from './errors';
import type { ContentCollections, DocumentBase } from './model';
import type { Snapshots } from './snapshots';
import { normaliseWording } from './verbatim';

/** Fields that hold identifiers or the site's own bookkeeping, not claims. */
const NOT_CLAIMS = new Set(['code', 'programme', 'sharedWith', 'number', 'order', 'slug', 'area', 'donors', 'partners', 'snia', 'sources', 'source', 'lastChecked', 'e164', 'frenchTitle', 'id', 'url', 'file', 'body', 'lang', 'date']);

/** Numbers as written: 103,000 → 103000; 4:30 → 4 and 30; phone groups stay as digit runs. */
export function numbersIn(text: string): string[] {
  const cleaned = text
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // body components: their props are references
    .replace(/\bOSP ?\d+\b/g, ' ')
    .replace(/\b(?:actions?|Actions?) \d+\.\d+(?:(?:, | and )\d+\.\d+)*/g, ' ');
  return [...cleaned.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
}

/** Phone numbers in a source: their digit groups are not figures ("81" in "… 28 81" proves no count of 81). */
const PHONE = /\+?\d{3} ?(?:\(0\))?[\d ]{8,}\d|\b212\d{9}\b/g;

export function numbersOfSnapshot(snapshot: string): Set<string> {
  return new Set([...snapshot.replace(PHONE, ' ').matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].flatMap((m) => [m[0], m[0].replace(/,/g, '')]));
}

/** Digits only, "(0)" trunk prefixes dropped: how phone numbers are compared. */
const phoneDigits = (text: string) => text.replace(/\(0\)/g, '').replace(/\D/g, '');

/** Quoted passages (“…”) in a text. */
export function quotesIn(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/** Every string a document holds outside identifier fields, with its field path. */
function claims(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'number') out.push([path, String(value)]);
  else if (Array.isArray(value)) value.forEach((v, i) => claims(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_CLAIMS.has(k)) claims(v, path ? `${path}.${k}` : k, out);
  }
}

export interface Traceability {
  numbers: number;
  quotes: number;
  phones: number;
}

type Doc = DocumentBase & { sources: string[] } & Record<string, unknown>;

/** Throws ContentError for each number or quote not found in a cited source; returns the counts proven. */
export function checkTraceability(c: ContentCollections, snapshots: Snapshots): Traceability {
  const issues = new IssueList();
  const counts: Traceability = { numbers: 0, quotes: 0, phones: 0 };
  const docs = factDocuments(c) as unknown as Doc[];
  for (const doc of docs) {
    const cited = doc.sources.map((id) => snapshots.get(id) ?? '');
    const numbers = cited.map(numbersOfSnapshot);
    const digits = cited.map(phoneDigits);
    const texts: Array<[string, string]> = [];
    claims(doc, '', texts);
    if (doc.body.raw.trim()) texts.push(['(body)', doc.body.raw]);
    // The number a tel: link dials, too (phones.n.e164, fax.e164).
    const dialled: Array<[string, string]> = [
      ...((doc.phones as Array<{ e164: string }> | undefined) ?? []).map((p, i): [string, string] => [`phones.${i}.e164`, p.e164]),
      ...(doc.fax ? [['fax.e164', (doc.fax as { e164: string }).e164] as [string, string]] : []),
    ];
    for (const [field, e164] of dialled) {
      if (digits.some((d) => d.includes(e164.slice(1)))) counts.phones++;
      else issues.add(doc.file, field, `${e164} is in none of the sources this file cites (${doc.sources.join(', ')})`);
    }
    for (const [field, text] of texts) {
      if (field.endsWith('display')) {
        // A phone or fax number as displayed: its digits, spaces and "(0)" aside, must be in a source.
        if (digits.some((d) => d.includes(phoneDigits(text)))) counts.phones++;
        else issues.add(doc.file, field, `${text} is in none of the sources this file cites (${doc.sources.join(', ')})`);
        continue;
      }
      for (const n of numbersIn(text)) {
        if (numbers.some((set) => set.has(n))) counts.numbers++;
        else issues.add(doc.file, field, `the number ${n} is in none of the sources this file cites (${doc.sources.join(', ')}): cite the source that has it`);
      }
      for (const q of quotesIn(text)) {
        if (cited.some((s) => normaliseWording(s).includes(normaliseWording(q)))) counts.quotes++;
        else issues.add(doc.file, field, `the quoted passage “${q}” is not found verbatim in any source this file cites (${doc.sources.join(', ')})`);
      }
    }
  }
  issues.throwIfAny();
  return counts;
}
