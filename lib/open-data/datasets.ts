/**
 * The open-data files: each dataset's records, built from the same validated content as
 * the pages (never kept by hand), plus the envelope every JSON file shares.
 */
import { z } from 'zod';
import { actionSlug, objectiveNumber, objectiveSlug } from '../codes';
import { pagedType, slugOf, type EntityKind } from '../content/entities';
import { content, donorListName } from '../content';
import { evidencePages } from '../facts';
import { dataPaths, routes } from '../routes';
import { absoluteUrl, defaultLocale } from '../site';
import {
  actionRecord, donorRecord, factRecord, fundingRecord, objectiveRecord, partnerRecord, programmeRecord, projectRecord,
  sourceRecord, thematicAreaRecord,
} from './record-schemas';

const l = defaultLocale;

/** One row per sourced fact shown on a programme, project or topic page. */
function factRows(): Array<z.infer<typeof factRecord>> {
  return evidencePages(l).flatMap(({ doc, ...where }) => {
    const row = (kind: 'reported' | 'citation' | 'conflict', statement: string, source: string, quote: string, date: string | null, editorial: boolean) => {
      const s = content.source(source);
      return {
        kind, entity: where.entity, page_url: absoluteUrl(where.href), date, statement, quote, editorial_grouping: editorial,
        source, source_url: s.url, publisher: s.publisher, tier: s.tier, language: s.language,
      };
    };
    return [
      ...(doc.reported ?? []).map((f) => row('reported', f.statement, f.source, f.quotes.join(' / '), f.date ?? null, where.editorial)),
      ...doc.citations.map((c) => row('citation', c.about, c.source, c.quote, null, false)),
      ...doc.conflicts.flatMap((c) => c.sides.map((side) => row('conflict', c.topic, side.source, side.quote, side.date ?? null, false))),
    ];
  });
}

/**
 * Where a record's entity is published and where its facts come from: its page, its own
 * record file (named by the entity's URL form, in its kind's dataset: lib/content/entities.ts).
 */
function provenance(kind: EntityKind, id: string, doc: { sources: string[]; lastChecked: string }) {
  const dataset = pagedType(kind).page.dataset!;
  return {
    url: absoluteUrl(routes[kind](l, id)), record_url: absoluteUrl(dataPaths.record(dataset, slugOf(kind, id))),
    sources: doc.sources, last_checked: doc.lastChecked,
  };
}

interface DatasetSpec<S extends z.ZodObject> {
  title: string;
  description: string;
  schema: S;
  /** Every record, with the id of its own record file (none for funding pairs). */
  records: () => Array<{ id?: string; record: z.infer<S>; sources: string[] }>;
}

/** Records are built once per build: every data file and record file of a dataset reads them. */
function dataset<S extends z.ZodObject>(spec: DatasetSpec<S>): DatasetSpec<S> {
  let records: ReturnType<DatasetSpec<S>['records']> | undefined;
  return { ...spec, records: () => (records ??= spec.records()) };
}

export const datasets = {
  programmes: dataset({
    title: 'SNIA programmes',
    description: 'The 11 programmes of the National Strategy for Immigration and Asylum.',
    schema: programmeRecord,
    records: () => content.programmes().map((p) => ({
      id: p.slug,
      sources: p.sources,
      record: {
        number: p.number, slug: p.slug, title: p.title, summary: p.summary,
        objectives: content.objectivesOf(p).map((o) => o.code),
        actions: content.actionsOf(p).map((a) => a.code),
        stated_action_count: p.statedActionCount ?? null,
        ...provenance('programme', p.slug, p),
      },
    })),
  }),
  objectives: dataset({
    title: 'SNIA specific objectives',
    description: 'The 27 specific objectives (OSP 1–27), each in one programme.',
    schema: objectiveRecord,
    records: () => content.objectives().map((o) => ({
      id: objectiveSlug(o.code),
      sources: o.sources,
      record: {
        code: o.code, number: objectiveNumber(o.code), programme: o.programme,
        programme_number: content.programme(o.programme).number, title: o.title,
        actions: content.actionsOfObjective(o).map((a) => a.code),
        ...provenance('objective', o.code, o),
      },
    })),
  }),
  actions: dataset({
    title: 'SNIA actions',
    description: 'Every action the source names, with its programme and the objectives it is tied to.',
    schema: actionRecord,
    records: () => content.actions().map((a) => ({
      id: actionSlug(a.code),
      sources: a.sources,
      record: {
        code: a.code, programme: a.programme, programme_number: content.programme(a.programme).number,
        objectives: a.objectives, description: a.description, shared_with: a.sharedWith,
        ...provenance('action', a.code, a),
      },
    })),
  }),
  'thematic-areas': dataset({
    title: 'IOM Morocco thematic areas',
    description: 'The thematic areas under which IOM Morocco presents its projects.',
    schema: thematicAreaRecord,
    records: () => content.thematicAreas().map((t) => ({
      id: t.slug,
      sources: t.sources,
      record: {
        slug: t.slug, order: t.order, title: t.title, summary: t.summary,
        projects: content.projectsIn(t).map((p) => p.slug),
        ...provenance('area', t.slug, t),
      },
    })),
  }),
  projects: dataset({
    title: 'IOM Morocco projects',
    description: 'IOM Morocco projects with their thematic area, donors, partners and this site\'s editorial SNIA links.',
    schema: projectRecord,
    records: () => content.projects().map((p) => ({
      id: p.slug,
      sources: p.sources,
      record: {
        slug: p.slug, title: p.title, short_name: p.shortName ?? null, thematic_area: p.area,
        donors: p.donors, partners: p.partners, countries: p.countries ?? [], snia_editorial_links: p.snia,
        ...provenance('project', p.slug, p),
      },
    })),
  }),
  donors: dataset({
    title: 'Donors',
    description: 'Donors of IOM Morocco projects, with the projects each funds.',
    schema: donorRecord,
    records: () => content.donors().map((d) => ({
      id: d.slug,
      sources: d.sources,
      record: {
        slug: d.slug, name: d.name, short_name: d.shortName ?? null, description: d.description ?? null,
        projects: content.projectsFundedBy(d).map((p) => p.slug),
        ...provenance('donor', d.slug, d),
      },
    })),
  }),
  partners: dataset({
    title: 'Partners',
    description: 'The Moroccan institutions IOM Morocco lists under "Kingdom of Morocco" (the source ties none of them to a project), and UNDP, which the source names as implementing one project with IOM.',
    schema: partnerRecord,
    records: () => content.partners().map((p) => ({
      id: p.slug,
      sources: p.sources,
      record: {
        slug: p.slug, name: p.name, kind: p.kind, order: p.order,
        projects: content.projectsWithPartner(p).map((x) => x.slug),
        ...provenance('partner', p.slug, p),
      },
    })),
  }),
  facts: dataset({
    title: 'Sourced facts',
    description: 'One record per sourced fact the site shows: each reported fact, numbered note and side of a "Sources differ" box, with the source\'s own words, its address, publisher, tier and language.',
    schema: factRecord,
    records: () => factRows().map((row) => ({ sources: [row.source], record: row })),
  }),
  funding: dataset({
    title: 'Who funds what',
    description: 'One record per donor–project pair.',
    schema: fundingRecord,
    records: () => content.fundingRows().map(({ donor, project, area }) => ({
      sources: project.sources,
      record: {
        donor_id: donor.slug, donor: donorListName(donor), project_id: project.slug, project: project.title,
        project_short_name: project.shortName ?? null, thematic_area_id: area.slug, thematic_area: area.title,
        donor_url: absoluteUrl(routes.donor(l, donor.slug)), project_url: absoluteUrl(routes.project(l, project.slug)),
        sources: project.sources, source_urls: project.sources.map((id) => content.source(id).url), last_checked: project.lastChecked,
      },
    })),
  }),
};

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

/** What every JSON data file holds: who made it, where the facts come from, the records. */
export function envelopeSchema(name: DatasetName) {
  const spec = datasets[name];
  return z.strictObject({
    dataset: z.literal(name),
    title: z.literal(spec.title),
    description: z.string(),
    publisher: z.string().meta({ description: 'This site; the facts belong to the sources listed.' }),
    schema: z.string().meta({ description: 'URL of the JSON Schema this file follows.' }),
    count: z.int().nonnegative().meta({ description: 'Number of records.' }),
    sources: z.array(sourceRecord).meta({ description: 'Documents the records\' facts come from.' }),
    records: z.array(spec.schema as z.ZodObject),
  }).meta({ title: spec.title, description: spec.description });
}
