/**
 * Cross-reference lookups over validated content. Indexes are built once; pages call
 * these named functions and never search raw collections themselves.
 */
import { buildBacklinks, type Backlink, type EntityKey } from './backlinks';
import type {
  Action, Contact, ContentCollections, Donor, Objective, Partner, Programme, Project, Source, ThematicArea,
} from './model';

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function lookup<T>(items: T[], keyOf: (item: T) => string, what: string): (key: string) => T {
  const map = new Map(items.map((item) => [keyOf(item), item]));
  return (key) => {
    const found = map.get(key);
    if (!found) throw new Error(`Unknown ${what} "${key}"`);
    return found;
  };
}

/** One donor–project pair: a row of the funding table. */
export interface FundingRow {
  donor: Donor;
  project: Project;
  area: ThematicArea;
}

export function createContentIndex(c: ContentCollections) {
  const programme = lookup(c.programmes, (p) => p.slug, 'programme');
  const objective = lookup(c.objectives, (o) => o.code, 'objective');
  const action = lookup(c.actions, (a) => a.code, 'action');
  const area = lookup(c.thematicAreas, (t) => t.slug, 'thematic area');
  const donor = lookup(c.donors, (d) => d.slug, 'donor');
  const partner = lookup(c.partners, (p) => p.slug, 'partner');
  const source = lookup(c.sources, (s) => s.id, 'source');
  const contact = lookup(c.contacts, (x) => x.slug, 'contact');

  const areaOrder = new Map(c.thematicAreas.map((t) => [t.slug, t.order]));
  const projects = [...c.projects].sort(
    (a, b) => (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) || a.order - b.order,
  );
  const project = lookup(projects, (p) => p.slug, 'project');

  const objectivesByProgramme = groupBy(c.objectives, (o) => [o.programme]);
  const actionsByProgramme = groupBy(c.actions, (a) => [a.programme]);
  const actionsByObjective = groupBy(c.actions, (a) => a.objectives);
  const projectsByArea = groupBy(projects, (p) => [p.area]);
  const projectsByDonor = groupBy(projects, (p) => p.donors);
  const projectsByPartner = groupBy(projects, (p) => p.partners);
  const projectsBySniaRef = groupBy(projects, (p) => p.snia);
  const backlinks = buildBacklinks(c);

  return {
    strategy: () => c.strategy,
    programmes: (): Programme[] => c.programmes,
    programme,
    objectives: (): Objective[] => c.objectives,
    objective,
    actions: (): Action[] => c.actions,
    action,
    /** Objectives of a programme, in code order. */
    objectivesOf: (p: Programme): Objective[] => objectivesByProgramme.get(p.slug) ?? [],
    /** Actions the source names for a programme, in code order. */
    actionsOf: (p: Programme): Action[] => actionsByProgramme.get(p.slug) ?? [],
    /** Actions the source ties to an objective. */
    actionsOfObjective: (o: Objective): Action[] => actionsByObjective.get(o.code) ?? [],
    /** Objectives an action is tied to. */
    objectivesOfAction: (a: Action): Objective[] => a.objectives.map(objective),
    /** Actions described jointly with this one. */
    sharedWith: (a: Action): Action[] => a.sharedWith.map(action),
    /** The objectives before and after this one in OSP order. */
    neighbours(o: Objective): { previous?: Objective; next?: Objective } {
      const i = c.objectives.indexOf(o);
      return { previous: c.objectives[i - 1], next: c.objectives[i + 1] };
    },

    overview: () => c.overview,
    thematicAreas: (): ThematicArea[] => c.thematicAreas,
    area,
    projects: (): Project[] => projects,
    project,
    projectsIn: (t: ThematicArea): Project[] => projectsByArea.get(t.slug) ?? [],
    donors: (): Donor[] => c.donors,
    donor,
    donorsOf: (p: Project): Donor[] => p.donors.map(donor),
    projectsFundedBy: (d: Donor): Project[] => projectsByDonor.get(d.slug) ?? [],
    /** Donors that fund at least one project in an area. */
    donorsIn: (t: ThematicArea): Donor[] =>
      c.donors.filter((d) => (projectsByDonor.get(d.slug) ?? []).some((p) => p.area === t.slug)),
    partners: (): Partner[] => c.partners,
    partner,
    partnersOf: (p: Project): Partner[] => p.partners.map(partner),
    projectsWithPartner: (p: Partner): Project[] => projectsByPartner.get(p.slug) ?? [],
    contacts: (): Contact[] => c.contacts,
    contact,
    /** Editorial SNIA links of a project, split by kind. */
    sniaLinksOf: (p: Project) => ({
      programmes: p.snia.filter((ref) => !ref.startsWith('OSP ')).map(programme),
      objectives: p.snia.filter((ref) => ref.startsWith('OSP ')).map(objective),
    }),
    /** Projects this site links editorially to a programme (by slug) or objective (by code). */
    projectsLinkedTo: (ref: string): Project[] => projectsBySniaRef.get(ref) ?? [],
    /** Every donor–project pair, in project order then donor order. */
    fundingRows: (): FundingRow[] =>
      projects.flatMap((p) => p.donors.map((d) => ({ donor: donor(d), project: p, area: area(p.area) }))),

    /** Everything that points at an entity (see backlinks.ts). */
    backlinks: (key: EntityKey): Backlink[] => backlinks.get(key) ?? [],

    sources: (): Source[] => c.sources,
    source,
    sourcesOf: (doc: { sources: string[] }): Source[] => doc.sources.map(source),
  };
}

export type ContentIndex = ReturnType<typeof createContentIndex>;
