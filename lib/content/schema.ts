/**
 * The content model: one zod schema per document type. These schemas are the single
 * source of truth for frontmatter — contentlayer's field list is derived from them
 * (contentlayer.config.ts), and the loader parses every document through them.
 */
import { z } from 'zod';

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** kebab-case id used in URLs and in references from other files. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');
/** A quoted ISO date, e.g. "2026-11-23". YAML would turn an unquoted date into a Date. */
export const isoDate = z
  .string({ error: 'must be a quoted date "YYYY-MM-DD"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a quoted date "YYYY-MM-DD"')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'is not a real calendar date');
/** "OSP 5": the source's notation for a specific objective. */
export const objectiveCodeSchema = z
  .string()
  .regex(/^OSP [1-9]\d*$/, 'must look like "OSP 5" (no leading zero)');
/** "3.4": programme number, then the action's number within it. */
export const actionCodeSchema = z
  .string()
  .regex(/^[1-9]\d*\.[1-9]\d*$/, 'must look like "3.4" (programme.number)');

/** Today in UTC, when this build runs: a check cannot have happened after it. */
const today = new Date().toISOString().slice(0, 10);

/** A date as precisely as a source gives it: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const factDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source')
  .refine((s) => {
    const [y, m = '01', d = '01'] = s.split('-');
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
  }, 'is not a real calendar date');

/** A passage quoted from one source (checked verbatim against its snapshot: evidence.ts). */
const quotedPassage = z.strictObject({ source: slugSchema, quote: nonEmpty });

/**
 * A fact a source reports (what has happened, not what was planned): the site's statement of
 * it, its date as precisely as the source gives it (none where the source shows none), the
 * source, and the source's own words, one or more passages of the same page, each verbatim
 * in its snapshot (evidence.ts). Every number in the statement must be in that source.
 */
export const reportedFact = z.strictObject({
  date: factDate.optional(),
  statement: nonEmpty,
  source: slugSchema,
  quotes: z.array(nonEmpty).min(1, 'must quote at least one passage'),
  /**
   * True where the fact tells a migrant what they can use (a right, a service, its price): a
   * programme page opens with these under "What this means for you", before the strategy.
   */
  forYou: z.boolean().optional(),
});
export type ReportedFact = z.infer<typeof reportedFact>;

/** Fields every fact-bearing document carries, so every page can say where it comes from. */
export const provenance = {
  /** Ids of files in content/sources/. */
  sources: z.array(slugSchema).min(1, 'must name at least one source'),
  /** When the text was last checked against its sources. */
  lastChecked: isoDate.refine((s) => s <= today, `must not be in the future (today is ${today})`),
  /**
   * Numbered notes for facts that come from a source other than the page's main one:
   * what the note supports (the site's words), the source and its quoted words.
   */
  citations: z.array(z.strictObject({ about: nonEmpty, ...quotedPassage.shape })).default([]),
  /** Where sources disagree: the topic (the site's words) and each side, quoted, with its source. Never resolved. */
  conflicts: z.array(z.strictObject({
    topic: nonEmpty,
    /**
     * Each side quoted; where the sources disagree on a date, each side's `date` is the one its
     * quote gives (its year must be in the quote), and the timeline draws the range.
     */
    sides: z.array(z.strictObject({ ...quotedPassage.shape, date: factDate.optional() })).min(2, 'a conflict has at least two sides'),
  })).default([]),
};

/** An https URL a reader may follow; credentials in it would be published to every reader. */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https URL' })
  .refine((s) => { const u = new URL(s); return !u.username && !u.password; }, 'must not contain a user name or password');

/**
 * How much weight a source carries, as SOURCES-MORE ranks them: a Moroccan government body
 * (tier 1), the UN system (tier 2), an official donor page (tier 3), or a news item. Pages
 * show it in words beside every source note.
 */
export const sourceTiers = ['moroccan-government', 'un-system', 'donor-government', 'press'] as const;
export type SourceTier = (typeof sourceTiers)[number];

/** A source published only at a plain http address, as SOURCES-MORE records it: allowed only with `plainHttp: true`. */
const sourceUrl = z
  .url({ protocol: /^https?$/, error: 'must be an https URL' })
  .refine((s) => { const u = new URL(s); return !u.username && !u.password; }, 'must not contain a user name or password');

export const sourceSchema = z.strictObject({
  id: slugSchema,
  publisher: nonEmpty,
  title: nonEmpty,
  url: sourceUrl,
  /**
   * The page is recorded only at an http address (no https copy is named): the address is
   * kept as recorded, never rewritten, and pages say the link is not encrypted.
   */
  plainHttp: z.boolean().default(false),
  /** Language of the page (and of its snapshot text). */
  language: z.enum(['en', 'fr', 'it']),
  /** When its text was taken into this repository (content/sources/<id>.txt). */
  retrieved: isoDate,
  /** `full`: the snapshot is the whole page as recorded; `passages`: only the passages the site quotes. */
  snapshot: z.enum(['full', 'passages']),
  /** Where the snapshot text was recorded before it was copied here (a seed file or SOURCES-*.md). */
  recordedIn: nonEmpty,
  /** Its tier (sourceTiers). */
  tier: z.enum(sourceTiers),
  /** A third-party copy of the publisher's document: `url` is the copy's address. */
  copy: z.boolean().default(false),
}).refine((s) => s.url.startsWith('https:') || s.plainHttp, {
  path: ['url'], message: 'must be an https URL (plainHttp: true only where the source is recorded at an http address)',
});

export const strategySchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  strategicObjectives: z.array(nonEmpty).min(1),
  /** Official totals; programmes and objectives are checked against the files. */
  totals: z.strictObject({
    programmes: z.int().positive(),
    objectives: z.int().positive(),
    actions: z.int().positive(),
  }),
  ...provenance,
});

/**
 * This site's own note on an official wording (a typo kept as published, a name the source
 * gives no heading for). Pages show it beside the title, labelled as the site's words.
 */
export const officialNote = nonEmpty.optional();

export const programmeSchema = z.strictObject({
  /** Position in the source; also the prefix of the programme's action codes. */
  number: z.int().positive(),
  slug: slugSchema,
  title: nonEmpty,
  summary: nonEmpty.max(200, 'must be at most 200 characters (it is the meta description)'),
  /** Where the source counts the programme's actions without naming them. */
  statedActionCount: z.int().positive().optional(),
  officialNote,
  /** What the sources report under this programme: the grouping is this site's (pages say so). */
  reported: z.array(reportedFact).default([]),
  ...provenance,
});

export const objectiveSchema = z.strictObject({
  code: objectiveCodeSchema,
  /** Slug of the programme the objective belongs to. */
  programme: slugSchema,
  /** The official wording, verbatim (lib/content/verbatim.ts). */
  title: nonEmpty,
  /**
   * The source's own French wording, where an allowed source gives it (quoted from that
   * source's snapshot); the French translation's title must be exactly this text.
   */
  frenchTitle: z.strictObject({ text: nonEmpty, source: slugSchema }).optional(),
  officialNote,
  ...provenance,
});

export const actionSchema = z.strictObject({
  code: actionCodeSchema,
  programme: slugSchema,
  /** Objectives the source ties this action to; empty when it ties it to none. */
  objectives: z.array(objectiveCodeSchema),
  description: nonEmpty,
  /** Actions the source describes jointly with this one (same description). */
  sharedWith: z.array(actionCodeSchema).default([]),
  officialNote,
  ...provenance,
});

export type SourceData = z.infer<typeof sourceSchema>;
export type StrategyData = z.infer<typeof strategySchema>;
export type ProgrammeData = z.infer<typeof programmeSchema>;
export type ObjectiveData = z.infer<typeof objectiveSchema>;
export type ActionData = z.infer<typeof actionSchema>;
