/** Subject pages across the strategy (the regularisation campaigns, the asylum path). */
import { z } from 'zod';
import { phoneSchema } from './iom-schema';
import { nonEmpty, provenance, reportedFact, slugSchema } from './schema';

/**
 * A line to call, exactly as a source gives it: who answers (the site's words), the source,
 * and its numbers (each `display` as the source writes it; `e164` what a tel: link dials).
 */
const helpline = z.strictObject({
  name: nonEmpty,
  source: slugSchema,
  phones: z.array(phoneSchema).min(1, 'a helpline has at least one number'),
  /** Opening hours and the address, in the source's words (quoted on the page). */
  details: z.array(nonEmpty).default([]),
});

export const topicSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmpty,
  summary: nonEmpty.max(200, 'must be at most 200 characters (it is the meta description)'),
  /** The facts, in the order the page lists them (for the asylum path: its steps). */
  reported: z.array(reportedFact).min(1, 'a topic page reports at least one fact'),
  helplines: z.array(helpline).default([]),
  ...provenance,
});
