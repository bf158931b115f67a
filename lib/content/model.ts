/** Typed, validated documents: the zod output plus where the document came from. */
import type {
  ContactData,
  DonorData,
  OverviewData,
  PartnerData,
  ProjectData,
  ThematicAreaData,
} from './iom-schema';
import type { Locale } from '../site';
import type { ActionData, ObjectiveData, ProgrammeData, SourceData, StrategyData } from './schema';

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

export type Source = SourceData & DocumentBase;
export type Strategy = StrategyData & DocumentBase;
export type Programme = ProgrammeData & DocumentBase;
export type Objective = ObjectiveData & DocumentBase;
export type Action = ActionData & DocumentBase;
export type Overview = OverviewData & DocumentBase;
export type ThematicArea = ThematicAreaData & DocumentBase;
export type Project = ProjectData & DocumentBase;
export type Donor = DonorData & DocumentBase;
export type Partner = PartnerData & DocumentBase;
export type Contact = ContactData & DocumentBase;

/** All documents, parsed and sorted by their own numbers or codes. */
export interface ContentCollections {
  sources: Source[];
  strategy: Strategy;
  programmes: Programme[];
  objectives: Objective[];
  actions: Action[];
  overview: Overview;
  thematicAreas: ThematicArea[];
  projects: Project[];
  donors: Donor[];
  partners: Partner[];
  contacts: Contact[];
}

/** A document as contentlayer generates it (only the parts we read). */
export interface RawDocument {
  type: string;
  _raw: { sourceFilePath: string };
  body?: { raw: string; line?: number };
  [field: string]: unknown;
}

/**
 * A donor's name as its main source writes it, for lists (donor list, funding table and
 * diagram, project lists, "funded by" lines): the short form (IDF, SDC) when the full name is
 * an expansion cited from another source (a citation about "<short form>: …"). The full
 * name stands only on the donor's own page, beside its numbered citation.
 */
export function donorListName(d: Pick<Donor, 'name' | 'shortName' | 'citations'>): string {
  const short = d.shortName;
  return short !== undefined && d.citations.some((q) => q.about.startsWith(`${short}:`)) ? short : d.name;
}
