/**
 * Official wording, proven: every programme, objective, action, thematic area and project
 * shows its official title as its source writes it. The English `title` (for an action,
 * `description`) IS that wording, and this check fails the build unless it is found,
 * character for character, in the snapshot of the document's first source.
 *
 * Only three things are normalised, each because it is typography, not wording: runs of
 * whitespace (line breaks in the page), typographic quotes and apostrophes (’ “ ” « »), and
 * the case of the first letter (a title starts a heading; the source often writes the
 * objective mid-sentence: "integrate regular migrants…"). A typo of the source stays, and
 * the document explains it in `officialNote` (shown beside the title, as the site's note).
 */
import { documentsOf, documentTypeNames, entityTable } from './entities';
import { IssueList } from './errors';
import type { ContentCollections, DocumentBase } from './model';
import { snapshotFile, type Snapshots } from './snapshots';
import type { TranslationSet } from './translations';

/** The text as compared: whitespace collapsed, typographic quotes made plain. */
export function normaliseWording(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** True when `wording` occurs in `snapshot` (after normalisation; first letter in either case). */
export function occursVerbatim(wording: string, snapshot: string): boolean {
  const w = normaliseWording(wording);
  const s = normaliseWording(snapshot);
  return w !== '' && (s.includes(w) || s.includes(lowerFirst(w)) || s.includes(w.charAt(0).toUpperCase() + w.slice(1)));
}

/** One official wording to prove: which document, which field, which text, against which source. */
export interface OfficialWording {
  file: string;
  field: string;
  text: string;
  source: string;
}

/** Every official wording the site shows (titles, and the names of the institutions IOM lists), with the source it must be found in (the document's first). */
export function officialWordings(c: ContentCollections): OfficialWording[] {
  const of = (doc: DocumentBase & { sources: string[] }, field: string, text: string): OfficialWording => ({
    file: doc.file,
    field,
    text,
    source: doc.sources[0]!,
  });
  return [
    ...documentTypeNames.flatMap((type) => {
      const field = (entityTable[type] as { official?: string }).official;
      return field ? documentsOf(c, type).map((doc) => of(doc as unknown as DocumentBase & { sources: string[] }, field, String(doc[field]))) : [];
    }),
    ...c.objectives.flatMap((o) => (o.frenchTitle ? [{ file: o.file, field: 'frenchTitle.text', text: o.frenchTitle.text, source: o.frenchTitle.source }] : [])),
  ];
}

/**
 * Where the source gives its own French wording (`frenchTitle`), the French translation
 * shows exactly that text: one wording per objective per language.
 */
export function checkFrenchTitles(c: ContentCollections, translations: TranslationSet): void {
  const issues = new IssueList();
  for (const o of c.objectives) {
    if (!o.frenchTitle) continue;
    if (!o.sources.includes(o.frenchTitle.source)) issues.add(o.file, 'frenchTitle.source', `"${o.frenchTitle.source}" must also be listed in sources, so the page cites it`);
    const fr = translations.get('fr')?.get(o.file);
    if (fr && fr.fields.title !== o.frenchTitle.text) {
      issues.add(fr.file, 'title', `must be the source's own French wording, exactly: "${o.frenchTitle.text}" (frenchTitle in content/${o.file})`);
    }
  }
  issues.throwIfAny();
}

/**
 * Throws ContentError (`content/<file> › <field>: …`) for every official wording not found
 * verbatim in its source's snapshot. Returns how many were proven.
 */
export function checkOfficialWording(c: ContentCollections, snapshots: Snapshots): number {
  const issues = new IssueList();
  const wordings = officialWordings(c);
  for (const w of wordings) {
    const snapshot = snapshots.get(w.source);
    if (snapshot === undefined) issues.add(w.file, w.field, `source "${w.source}" has no snapshot (content/sources/${w.source}.txt)`);
    else if (!occursVerbatim(w.text, snapshot)) {
      issues.add(w.file, w.field, `"${w.text}" is not the official wording: it is not found verbatim in content/${snapshotFile({ id: w.source })} (quote the source exactly; explain a typo in officialNote)`);
    }
  }
  issues.throwIfAny();
  return wordings.length;
}
