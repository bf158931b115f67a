/**
 * The open-data files: each dataset's records, built from the same validated content as
 * the pages (never kept by hand), plus the envelope every JSON file shares.
 */
import { z } from 'zod';
import { actionSlug, objectiveNumber, objectiveSlug } from '../codes';
import { content, donorListName } from '../content';
import { routes } from '../routes';
import { absoluteUrl, defaultLocale } from '../site';
import {
  actionRecord, donorRecord, fundingRecord, objectiveRecord, partnerRecord, programmeRecord, projectRecord,
  sourceRecord, thematicAreaRecord,
} from './record-schemas';

const l = defaultLocale;

export const dataPaths = {
  json: (name: string) => `/data/${name}.json`,
  csv: (name: string) => `/data/${name}.csv`,
  schema: (name: string) => `/data/${name}.schema.json`,
  record: (name: string, id: string) => `/data/${name}/${id}.json`,
};

function provenance(dataset: string, id: string, page: string, doc: { sources: string[]; lastChecked: string }) {
  return { url: absoluteUrl(page), record_url: absoluteUrl(dataPaths.record(dataset, id)), sources: doc.sources, last_checked: doc.lastChecked };
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
        ...provenance('programmes', p.slug, routes.programme(l, p.slug), p),
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
        ...provenance('objectives', objectiveSlug(o.code), routes.objective(l, o.code), o),
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
        ...provenance('actions', actionSlug(a.code), routes.action(l, a.code), a),
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
        ...provenance('thematic-areas', t.slug, routes.area(l, t.slug), t),
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
        ...provenance('projects', p.slug, routes.project(l, p.slug), p),
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
        ...provenance('donors', d.slug, routes.donor(l, d.slug), d),
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
        ...provenance('partners', p.slug, routes.partner(l, p.slug), p),
      },
    })),
  }),
  funding: dataset({
    title: 'Who funds what',
    description: 'One record per donor–project pair.',
    schema: fundingRecord,
    records: () => content.fundingRows().map(({ donor, project, area }) => ({
      sources: project.sources,
      record: {
        donor_id: donor.slug, donor: donorListName(donor), project_id: project.slug, project: project.title,
        thematic_area_id: area.slug, thematic_area: area.title,
        donor_url: absoluteUrl(routes.donor(l, donor.slug)), project_url: absoluteUrl(routes.project(l, project.slug)),
        sources: project.sources,
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
