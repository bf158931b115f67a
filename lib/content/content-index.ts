/**
 * Cross-reference lookups over validated content, derived from the entity table: one lookup
 * by id per type, one forward index per reference field. Indexes are built once; pages call
 * the named functions below and never search raw collections themselves.
 */
import { buildBacklinks, type Backlink, type EntityKey } from './backlinks';
import { documentsOf, documentTypeNames, entityTable, idOf, referencedIds, referenceFields, typeLabel, type DocumentTypeName } from './entities';
import type {
  Action, Contact, ContentCollections, Doc, Donor, Objective, Partner, Programme, Project, Source, ThematicArea, Topic,
} from './model';

/** Each id a field of the items names, with the items naming it, in item order. */
function groupBy<T extends object>(items: T[], field: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of referencedIds(item, field)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** One donor–project pair: a row of the funding table. */
export interface FundingRow {
  donor: Donor;
  project: Project;
  area: ThematicArea;
}

export function createContentIndex(c: ContentCollections) {
  // Projects are listed area by area (the source's order), then in their order within it.
  const areaOrder = new Map(c.thematicAreas.map((t) => [t.slug, t.order]));
  const projects = [...c.projects].sort(
    (a, b) => (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) || a.order - b.order,
  );
  const listOf = <T extends DocumentTypeName>(type: T): Array<Doc<T>> =>
    (type === 'Project' ? projects : documentsOf(c, type)) as unknown as Array<Doc<T>>;

  const byId = new Map(documentTypeNames.filter((t) => 'id' in entityTable[t])
    .map((t) => [t, new Map(listOf(t).map((doc) => [idOf(t, doc), doc]))]));
  /** The document of a type with an id; throws on an unknown id (the loader checked every reference). */
  function get<T extends DocumentTypeName>(type: T, id: string): Doc<T> {
    const found = byId.get(type)?.get(id);
    if (!found) throw new Error(`Unknown ${typeLabel(type)} "${id}"`);
    return found as unknown as Doc<T>;
  }
  /** The document of a type with an id, or undefined: for ids that come from a URL. */
  function find<T extends DocumentTypeName>(type: T, id: string): Doc<T> | undefined {
    return byId.get(type)?.get(id) as Doc<T> | undefined;
  }

  // Forward indexes: for each reference field of the table, who names each id.
  const referring = new Map(referenceFields.map(({ type, field }) => [`${type}.${field}`, groupBy(listOf(type), field)]));
  /** Documents of `type` whose reference `field` names `id`, in list order. */
  function namedBy<T extends DocumentTypeName>(type: T, field: string, id: string): Array<Doc<T>> {
    const index = referring.get(`${type}.${field}`);
    if (!index) throw new Error(`${type}.${field} is not a reference field of lib/content/entities.ts`);
    return (index.get(id) ?? []) as unknown as Array<Doc<T>>;
  }

  const programme = (slug: string) => get('Programme', slug);
  const objective = (code: string) => get('Objective', code);
  const action = (code: string) => get('Action', code);
  const area = (slug: string) => get('ThematicArea', slug);
  const project = (slug: string) => get('Project', slug);
  const donor = (slug: string) => get('Donor', slug);
  const partner = (slug: string) => get('Partner', slug);
  const source = (id: string) => get('Source', id);
  const contact = (slug: string) => get('Contact', slug);
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
    objectivesOf: (p: Programme): Objective[] => namedBy('Objective', 'programme', p.slug),
    /** Actions the source names for a programme, in code order. */
    actionsOf: (p: Programme): Action[] => namedBy('Action', 'programme', p.slug),
    /** Actions the source ties to an objective. */
    actionsOfObjective: (o: Objective): Action[] => namedBy('Action', 'objectives', o.code),
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
    projectsIn: (t: ThematicArea): Project[] => namedBy('Project', 'area', t.slug),
    donors: (): Donor[] => c.donors,
    donor,
    donorsOf: (p: Project): Donor[] => p.donors.map(donor),
    projectsFundedBy: (d: Donor): Project[] => namedBy('Project', 'donors', d.slug),
    /** Donors that fund at least one project in an area. */
    donorsIn: (t: ThematicArea): Donor[] =>
      c.donors.filter((d) => namedBy('Project', 'donors', d.slug).some((p) => p.area === t.slug)),
    partners: (): Partner[] => c.partners,
    partner,
    partnersOf: (p: Project): Partner[] => p.partners.map(partner),
    projectsWithPartner: (p: Partner): Project[] => namedBy('Project', 'partners', p.slug),
    contacts: (): Contact[] => c.contacts,
    topics: (): Topic[] => c.topics,
    /** A subject page's document (content/topics/<slug>.mdx). */
    topic: (slug: string): Topic => get('Topic', slug),
    contact,
    /** Editorial SNIA links of a project, split by kind. */
    sniaLinksOf: (p: Project) => ({
      programmes: p.snia.filter((ref) => !ref.startsWith('OSP ')).map(programme),
      objectives: p.snia.filter((ref) => ref.startsWith('OSP ')).map(objective),
    }),
    /** Projects this site links editorially to a programme (by slug) or objective (by code). */
    projectsLinkedTo: (ref: string): Project[] => namedBy('Project', 'snia', ref),
    /** Every donor–project pair, in project order then donor order. */
    fundingRows: (): FundingRow[] =>
      projects.flatMap((p) => p.donors.map((d) => ({ donor: donor(d), project: p, area: area(p.area) }))),

    /** Everything that points at an entity (see backlinks.ts). */
    backlinks: (key: EntityKey): Backlink[] => backlinks.get(key) ?? [],

    sources: (): Source[] => c.sources,
    source,
    sourcesOf: (doc: { sources: string[] }): Source[] => doc.sources.map(source),
    /**
     * What a list of entities rests on: each item's main source (the one its listed wording
     * comes from, sources[0]; the others back facts shown only on its own page, with their
     * notes), without repeats, and the oldest check among them.
     */
    listProvenance: (docs: Array<{ sources: string[]; lastChecked: string }>): { sources: Source[]; lastChecked: string } => ({
      sources: [...new Set(docs.map((d) => d.sources[0]!))].map(source),
      lastChecked: docs.map((d) => d.lastChecked).sort()[0] ?? '',
    }),

    /** Every document of a type, in list order; one by id, or undefined (ids from URLs). */
    list: listOf,
    find,
    get,
  };
}

export type ContentIndex = ReturnType<typeof createContentIndex>;
