/** The IOM side of the content model (thematic areas, projects, donors, partners, contacts). */
import { z } from 'zod';
import { nonEmpty, objectiveCodeSchema, officialNote, provenance, reportedFact, slugSchema } from './schema';

export const overviewSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  migrantStock: z.strictObject({
    count: z.int().positive(),
    year: z.int().min(1900).max(2100),
    source: nonEmpty,
  }),
  frameworks: z.array(nonEmpty).min(1),
  ...provenance,
});

export const thematicAreaSchema = z.strictObject({
  slug: slugSchema,
  /** Position in the source. */
  order: z.int().positive(),
  title: nonEmpty,
  summary: nonEmpty.max(200, 'must be at most 200 characters (it is the meta description)'),
  ...provenance,
});

export const projectSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmpty,
  shortName: nonEmpty.optional(),
  /** Slug of its one thematic area. */
  area: slugSchema,
  /** Position within its area in the source. */
  order: z.int().positive(),
  donors: z.array(slugSchema).min(1, 'a project must have at least one donor'),
  partners: z.array(slugSchema).default([]),
  countries: z.array(nonEmpty).optional(),
  /**
   * Related SNIA programmes (slugs) or objectives ("OSP n"): an EDITORIAL link chosen by
   * this site, not an official alignment; pages label it so.
   */
  snia: z.array(z.union([objectiveCodeSchema, slugSchema])).default([]),
  officialNote,
  /** Dates, budgets, beneficiaries the sources report about the project, each with its source. */
  reported: z.array(reportedFact).default([]),
  ...provenance,
});

/**
 * An organisation's usual name in French and Arabic: the site's rendering, beside the name the
 * source uses (which stays the official wording). Readers search for "Espagne", not
 * "Government of Spain". A language is left out where the only rendering would be an expansion
 * no source gives (UNDP in Arabic).
 */
const usualNames = z.strictObject({ fr: nonEmpty.optional(), ar: nonEmpty.optional() }).optional();

export const donorSchema = z.strictObject({
  slug: slugSchema,
  name: nonEmpty,
  usualNames,
  shortName: nonEmpty.optional(),
  description: nonEmpty.optional(),
  ...provenance,
});

export const partnerSchema = z.strictObject({
  slug: slugSchema,
  name: nonEmpty,
  usualNames,
  kind: z.enum(['government', 'implementing']),
  order: z.int().positive(),
  /** The site's note on the name as published (a typo kept), shown in English beside it. */
  officialNote,
  ...provenance,
});

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an international number like "+212537652881"');

/**
 * The number a reader reads must be the number their phone dials: the digits of `display`,
 * without the national trunk "(0)", are those of `e164`.
 */
export function displayDials(display: string, dialled: string): boolean {
  return display.replace('(0)', '').replace(/\D/g, '') === dialled.replace(/\D/g, '');
}
const sameNumber = { path: ['display'], message: 'shows a number other than the one dialled (e164)' };

export const phoneSchema = z
  .strictObject({
    label: nonEmpty,
    display: nonEmpty,
    e164,
    hours: nonEmpty.optional(),
    /** The ministry's line for migrants: the help page and the home page lead with it. */
    helpLine: z.boolean().optional(),
  })
  .refine((p) => displayDials(p.display, p.e164), sameNumber);

export const contactSchema = z.strictObject({
  slug: slugSchema,
  name: nonEmpty,
  address: z.array(nonEmpty).min(1),
  phones: z.array(phoneSchema).default([]),
  fax: z.strictObject({ display: nonEmpty, e164 }).refine((p) => displayDials(p.display, p.e164), sameNumber).optional(),
  email: z.email().optional(),
  ...provenance,
});

export type OverviewData = z.infer<typeof overviewSchema>;
export type ThematicAreaData = z.infer<typeof thematicAreaSchema>;
export type ProjectData = z.infer<typeof projectSchema>;
export type DonorData = z.infer<typeof donorSchema>;
export type PartnerData = z.infer<typeof partnerSchema>;
export type ContactData = z.infer<typeof contactSchema>;
