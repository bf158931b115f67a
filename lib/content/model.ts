/** Typed, validated documents: the zod output plus where the document came from. */
import type { z } from 'zod';
import type { Locale } from '../site';
import type { DocumentTypeName, entityTable } from './entities';

/** What every document has besides its frontmatter. */
export interface DocumentBase {
  /** Path relative to content/. */
  file: string;
  /**
   * The body as written: Markdown plus the site's link components (lib/content/body.ts).
   * It is parsed and rendered as data, never compiled to code. `line` is the file line the
   * body starts on, so messages about a body name the line an editor sees.
   */
  body: { raw: string; line: number };
  /**
   * The language its text is in: the page's language, or English where a translation is
   * missing (pages then show a notice and mark the text lang="en").
   */
  lang: Locale;
}

type Table = typeof entityTable;
/** A validated document of one type. */
export type Doc<T extends DocumentTypeName> = z.output<Table[T]['schema']> & DocumentBase;

export type Source = Doc<'Source'>;
export type Strategy = Doc<'Strategy'>;
export type Programme = Doc<'Programme'>;
export type Objective = Doc<'Objective'>;
export type Action = Doc<'Action'>;
export type Overview = Doc<'Overview'>;
export type ThematicArea = Doc<'ThematicArea'>;
export type Project = Doc<'Project'>;
export type Donor = Doc<'Donor'>;
export type Partner = Doc<'Partner'>;
export type Contact = Doc<'Contact'>;
export type Topic = Doc<'Topic'>;

/** All documents by their table's collection name, parsed and sorted by the table's order. */
export type ContentCollections = {
  [T in DocumentTypeName as Table[T]['collection']]: Table[T]['single'] extends true ? Doc<T> : Array<Doc<T>>;
};

/** A document as contentlayer generates it (only the parts we read). */
export interface RawDocument {
  type: string;
  _raw: { sourceFilePath: string };
  body?: { raw: string; line?: number };
  [field: string]: unknown;
}

export { donorListName } from './donor-name';
