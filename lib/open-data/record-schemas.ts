/**
 * The published shape of each open-data record. These zod schemas are the single source
 * for the JSON files, their CSV columns, the JSON Schemas published beside them and the
 * field list on the /data/ page (each field's description lives here, once).
 */
import { z } from 'zod';
import { sourceTiers } from '../content/schema';

const text = (description: string) => z.string().meta({ description });
const codes = (description: string) => z.array(z.string()).meta({ description });
const url = (description: string) => z.string().meta({ description, format: 'uri' });

const provenance = {
  url: url('Absolute URL of the page on this site that presents the record.'),
  record_url: url('Absolute URL of this record on its own, as JSON.'),
  sources: codes('Ids of the documents the facts come from (listed in the file\'s "sources").'),
  // format "date" (RFC 3339 full-date) is what the JSON Schema and the data package's field types read.
  last_checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Date the record was last checked against its sources (YYYY-MM-DD).', format: 'date' }),
};

export const programmeRecord = z.strictObject({
  number: z.int().positive().meta({ description: 'Programme number (1–11), in the source\'s order; also the prefix of its action codes.' }),
  slug: text('Stable id used in URLs.'),
  title: text('Programme title.'),
  summary: text('One-sentence summary of the programme.'),
  objectives: codes('Codes of its specific objectives ("OSP 1").'),
  actions: codes('Codes of the actions the source names for it ("3.4").'),
  stated_action_count: z.int().positive().nullable().meta({ description: 'Number of actions the source states without naming them; null where it names them.' }),
  ...provenance,
});

export const objectiveRecord = z.strictObject({
  code: text('Specific objective code in one form, "OSP 5" (the source writes "OSP5", "OSP 5" and once "0SP 19").'),
  number: z.int().positive().meta({ description: 'Objective number (1–27).' }),
  programme: text('Slug of the programme it belongs to.'),
  programme_number: z.int().positive().meta({ description: 'Number of that programme.' }),
  title: text('The objective\'s official wording, verbatim from the source (checked at build; first letter capitalised).'),
  actions: codes('Codes of the actions the source ties to this objective.'),
  ...provenance,
});

export const actionRecord = z.strictObject({
  code: text('Action code: programme number, dot, action number ("10.11").'),
  programme: text('Slug of its programme.'),
  programme_number: z.int().positive().meta({ description: 'Number of its programme.' }),
  objectives: codes('Objectives the source ties the action to; empty where it ties it to none.'),
  description: text('The action\'s official wording, verbatim from the source (checked at build; first letter capitalised).'),
  shared_with: codes('Actions the source describes jointly with this one (same description).'),
  ...provenance,
});

export const thematicAreaRecord = z.strictObject({
  slug: text('Stable id used in URLs.'),
  order: z.int().positive().meta({ description: 'Position in the source.' }),
  title: text('Thematic area of IOM Morocco.'),
  summary: text('One-sentence summary.'),
  projects: codes('Slugs of its projects.'),
  ...provenance,
});

export const projectRecord = z.strictObject({
  slug: text('Stable id used in URLs.'),
  title: text('Project title.'),
  short_name: z.string().nullable().meta({ description: 'Acronym or short name, if the source gives one.' }),
  thematic_area: text('Slug of its thematic area.'),
  donors: codes('Slugs of the donors that fund it.'),
  partners: codes('Slugs of its partners.'),
  countries: codes('Countries it covers, where the source lists them.'),
  snia_editorial_links: codes('SNIA programmes (slugs) or objectives ("OSP n") this site relates the project to. EDITORIAL judgement of this site, not an official alignment.'),
  ...provenance,
});

export const donorRecord = z.strictObject({
  slug: text('Stable id used in URLs.'),
  name: text('Donor name.'),
  short_name: z.string().nullable().meta({ description: 'Acronym, if the source gives one.' }),
  description: z.string().nullable().meta({ description: 'What the source says of the donor, if anything.' }),
  projects: codes('Slugs of the projects it funds.'),
  ...provenance,
});

export const partnerRecord = z.strictObject({
  slug: text('Stable id used in URLs.'),
  name: text('Partner name.'),
  kind: z.enum(['government', 'implementing']).meta({ description: 'Government partner or implementing partner.' }),
  order: z.int().positive().meta({ description: 'Position in the source.' }),
  projects: codes('Slugs of the projects it takes part in.'),
  ...provenance,
});

export const fundingRecord = z.strictObject({
  donor_id: text('Slug of the donor.'),
  donor: text('Donor name as the source writes it: IDF and SDC in their short form (their full names are in the donors dataset).'),
  project_id: text('Slug of the project.'),
  project: text('Project title.'),
  project_short_name: z.string().nullable().meta({ description: 'The project\'s code name or acronym as its source writes it ("RIASE"); null where the source gives none.' }),
  thematic_area_id: text('Slug of the project\'s thematic area.'),
  thematic_area: text('Thematic area title.'),
  donor_url: url('Donor page on this site.'),
  project_url: url('Project page on this site.'),
  sources: codes('Ids of the documents the pair comes from.'),
  source_urls: z.array(z.string().meta({ format: 'uri' })).meta({ description: 'Addresses of those documents, in the same order: each row says where it comes from even when cut out of the file.' }),
  last_checked: provenance.last_checked,
});

const tier = z.enum(sourceTiers).meta({ description: 'Kind of publisher.' });

export const sourceRecord = z.strictObject({
  id: text('Source id, as used in records\' "sources".'),
  publisher: text('Who published it.'),
  title: text('Page title ([in square brackets] where the page showed none and it comes from the address).'),
  url: url('Where it was read.'),
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Date its text was taken from that address (YYYY-MM-DD): the access date to cite.', format: 'date' }),
  tier,
  copy: z.boolean().meta({ description: 'True where the address is a third-party copy of the publisher\'s document.' }),
  language: z.enum(['en', 'fr', 'it']).meta({ description: 'Language of the page, and of its quoted words.' }),
});

export const factRecord = z.strictObject({
  kind: z.enum(['reported', 'citation', 'conflict']).meta({ description: 'A reported fact, a numbered note, or one side of a "Sources differ" box.' }),
  entity: text('What it is about: "programme:health", "topic:regularisation"…'),
  page_url: url('The page that shows it.'),
  date: z.string().nullable().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it; null if none.' }),
  statement: text('This site\'s words (for a conflict, its topic), in English.'),
  quote: text('The source\'s words, verbatim; passages joined by " / ".'),
  editorial_grouping: z.boolean().meta({ description: 'True where the grouping under this entity is this site\'s.' }),
  source: text('Source id.'),
  source_url: url('Source address.'),
  publisher: text('Source publisher.'),
  tier,
  language: z.enum(['en', 'fr', 'it']).meta({ description: 'Language of the quote.' }),
});
