/**
 * THE table of the content model: one entry per kind of document, holding everything the
 * rest of the site knows about that kind — its files, its schema, its id, its references to
 * other kinds, its translatable text, its page and URL form, its body link component and its
 * open-data file. Validation, lookups, back-references, the translation overlay, the page
 * registry, static params, the sitemap, the catalogue and the contentlayer config are all
 * derived from it. Adding a kind is one entry here, plus its page and its content.
 */
import type { z } from 'zod';
import type { ContentCollections, DocumentBase } from './model';
import { actionCodeFromSlug, actionSlug, compareCodes, objectiveCodeFromSlug, objectiveSlug } from '../codes';
import {
  contactSchema, donorSchema, overviewSchema, partnerSchema, projectSchema, thematicAreaSchema,
} from './iom-schema';
import { donorListName } from './donor-name';
import { actionSchema, objectiveSchema, programmeSchema, sourceSchema, strategySchema } from './schema';
import { topicSchema } from './topic-schema';

/** A text field a translation may hold: one string, a list of strings, or objects with text sub-fields. */
export type TextField =
  | { kind: 'text'; max?: number }
  | { kind: 'list' }
  | { kind: 'objects'; fields: readonly string[] };
const text = (max?: number): TextField => ({ kind: 'text', max });
const list: TextField = { kind: 'list' };
/** A `reported` list: the statement is the site's words (translated); the quotes stay the source's. */
const reported: TextField = { kind: 'objects', fields: ['statement'] };

/**
 * A field that names other documents by id. `to` is the kind named, or a rule choosing it
 * from the value (a project's `snia` names programmes by slug and objectives by "OSP n").
 * `editorial`: a link this site draws, not the source (pages label it so).
 */
export interface Reference {
  // A type name as a string: typing it as DocumentTypeName would make the table's type refer
  // to itself. referencedType() checks it, and a unit test checks every entry.
  to: string | ((id: string) => string);
  editorial?: boolean;
}

/** How a kind with pages of its own is published. */
export interface PageSpec {
  /** The name of an entity of this kind in keys, labels and search metadata. */
  kind: string;
  /** Its pages' folder under the language: "objectives" → /en/objectives/osp-5/. */
  path: string;
  /** Where one entity is: its own page under `path`, or an anchor on the page at `path`. */
  item: 'page' | 'anchor';
  /** The URL form of an id ("OSP 5" → "osp-5") and back; identity where the id is a slug. */
  slugOf?: (id: string) => string;
  idOfSlug?: (slug: string) => string | undefined;
  /** The body link component that names one (`<Objective code="OSP 5"/>`), and its text. */
  component?: { name: string; prop: string; names: string; shows: 'code' | 'title' };
  /** Its open-data dataset (lib/open-data/datasets.ts). */
  dataset?: string;
}

interface TypeSpec<S extends z.ZodObject, C extends string, One extends boolean, P extends PageSpec | undefined> {
  /** Glob relative to content/. */
  file: string;
  schema: S;
  /** Its name in ContentCollections. */
  collection: C;
  /** One document of this kind, not a list. */
  single?: One;
  /** The field that identifies a document (and that other documents reference). */
  id?: keyof z.output<S> & string;
  /** Fields no two documents may share (the id is always one). */
  unique?: ReadonlyArray<keyof z.output<S> & string>;
  /** The order documents are listed in (file order where absent). */
  order?: (a: z.output<S>, b: z.output<S>) => number;
  refs?: Partial<Record<keyof z.output<S> & string, Reference>>;
  /** The field holding the source's official wording, proven verbatim in its first source (verbatim.ts). */
  official?: keyof z.output<S> & string;
  /** Text fields a translation may hold; every other field is structural and base-only. */
  text: Partial<Record<keyof z.output<S> & string, TextField>>;
  page?: P;
  /** How lists, the A–Z index and body links name one (kinds with pages). */
  title?: (doc: z.output<S>) => string;
  /** The code shown beside the title: "OSP 5", "3.4", "3" (programme 3), "IDF". */
  code?: (doc: z.output<S>) => string | undefined;
}

// The literal types (collection name, single, page kind) are kept: ContentCollections and
// EntityKind are derived from them.
const spec = <S extends z.ZodObject, const C extends string, const One extends boolean = false, const P extends PageSpec | undefined = undefined>(
  s: TypeSpec<S, C, One, P>,
) => s as TypeSpec<S, C, One, P> & { single: One; page: P };
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export const entityTable = {
  Source: spec({
    file: 'sources/*.mdx', schema: sourceSchema, collection: 'sources', id: 'id',
    // Titles of cited pages are official names: never translated.
    text: {},
  }),
  Strategy: spec({
    file: 'snia/strategy.mdx', schema: strategySchema, collection: 'strategy', single: true,
    text: { title: text(), summary: text(), strategicObjectives: list },
  }),
  Programme: spec({
    file: 'snia/programmes/*.mdx', schema: programmeSchema, collection: 'programmes', id: 'slug',
    unique: ['number'], order: (a, b) => a.number - b.number, official: 'title',
    text: { title: text(), summary: text(200), officialNote: text(), reported },
    title: (p) => p.title, code: (p) => String(p.number),
    page: {
      kind: 'programme', path: 'programmes', item: 'page', dataset: 'programmes',
      component: { name: 'Programme', prop: 'slug', names: 'a programme slug', shows: 'title' },
    },
  }),
  Objective: spec({
    file: 'snia/objectives/*.mdx', schema: objectiveSchema, collection: 'objectives', id: 'code', official: 'title',
    order: (a, b) => compareCodes(a.code, b.code),
    refs: { programme: { to: 'Programme' } },
    text: { title: text(), officialNote: text() },
    title: (o) => o.title, code: (o) => o.code,
    page: {
      kind: 'objective', path: 'objectives', item: 'page', dataset: 'objectives',
      slugOf: objectiveSlug, idOfSlug: objectiveCodeFromSlug,
      component: { name: 'Objective', prop: 'code', names: 'an objective code like "OSP 5"', shows: 'code' },
    },
  }),
  Action: spec({
    file: 'snia/actions/*.mdx', schema: actionSchema, collection: 'actions', id: 'code', official: 'description',
    order: (a, b) => compareCodes(a.code, b.code),
    refs: { programme: { to: 'Programme' }, objectives: { to: 'Objective' }, sharedWith: { to: 'Action' } },
    text: { description: text(), officialNote: text() },
    title: (a) => a.description, code: (a) => a.code,
    page: {
      kind: 'action', path: 'actions', item: 'page', dataset: 'actions',
      slugOf: actionSlug, idOfSlug: actionCodeFromSlug,
      component: { name: 'Action', prop: 'code', names: 'an action code like "3.4"', shows: 'code' },
    },
  }),
  Overview: spec({
    file: 'iom/overview.mdx', schema: overviewSchema, collection: 'overview', single: true,
    text: { title: text(), summary: text(), frameworks: list },
  }),
  ThematicArea: spec({
    file: 'iom/thematic-areas/*.mdx', schema: thematicAreaSchema, collection: 'thematicAreas', id: 'slug', official: 'title',
    order: byOrder,
    text: { title: text(), summary: text(200) },
    title: (t) => t.title,
    page: {
      kind: 'area', path: 'iom/areas', item: 'page', dataset: 'thematic-areas',
      component: { name: 'ThematicArea', prop: 'slug', names: 'a thematic area slug', shows: 'title' },
    },
  }),
  Project: spec({
    file: 'iom/projects/*.mdx', schema: projectSchema, collection: 'projects', id: 'slug', official: 'title',
    refs: {
      area: { to: 'ThematicArea' },
      donors: { to: 'Donor' },
      partners: { to: 'Partner' },
      snia: { to: (ref) => (ref.startsWith('OSP ') ? 'Objective' : 'Programme'), editorial: true },
    },
    text: { title: text(), countries: list, officialNote: text(), reported },
    title: (p) => p.title, code: (p) => p.shortName,
    page: {
      kind: 'project', path: 'projects', item: 'page', dataset: 'projects',
      component: { name: 'Project', prop: 'slug', names: 'a project slug', shows: 'title' },
    },
  }),
  Donor: spec({
    file: 'iom/donors/*.mdx', schema: donorSchema, collection: 'donors', id: 'slug',
    order: (a, b) => a.name.localeCompare(b.name, 'en'),
    text: { description: text() },
    // Lists name a donor as its main source does; the short form then needs no code beside it.
    title: (d) => donorListName(d), code: (d) => (donorListName(d) === d.name ? d.shortName : undefined),
    page: {
      kind: 'donor', path: 'donors', item: 'page', dataset: 'donors',
      component: { name: 'Donor', prop: 'slug', names: 'a donor slug', shows: 'title' },
    },
  }),
  Partner: spec({
    file: 'iom/partners/*.mdx', schema: partnerSchema, collection: 'partners', id: 'slug', official: 'name',
    order: byOrder,
    // Names of organisations are official names: never translated.
    text: {},
    title: (p) => p.name,
    page: { kind: 'partner', path: 'partners', item: 'anchor', dataset: 'partners' },
  }),
  Topic: spec({
    // Subject pages with a route of their own (lib/routes.ts generalPagePaths): /regularisation/.
    file: 'topics/*.mdx', schema: topicSchema, collection: 'topics', id: 'slug',
    text: { title: text(), summary: text(200), reported, helplines: { kind: 'objects', fields: ['name'] } },
  }),
  Contact: spec({
    file: 'iom/contacts/*.mdx', schema: contactSchema, collection: 'contacts', id: 'slug',
    text: { name: text(), phones: { kind: 'objects', fields: ['label', 'hours'] } },
  }),
};

type Table = typeof entityTable;
export type DocumentTypeName = keyof Table;
export const documentTypeNames = Object.keys(entityTable) as DocumentTypeName[];

export function isDocumentTypeName(name: string): name is DocumentTypeName {
  return Object.hasOwn(entityTable, name);
}

/** A type's name in messages: "ThematicArea" → "thematic area". */
export function typeLabel(type: DocumentTypeName): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The kinds with pages: "programme", "objective", … */
type PagedType = { [T in DocumentTypeName]: Table[T]['page'] extends PageSpec ? T : never }[DocumentTypeName];
export type EntityKind = { [T in PagedType]: NonNullable<Table[T]['page']>['kind'] }[PagedType];
/** "objective:OSP 5", "project:y-med": one string naming any entity. */
export type EntityKey = `${EntityKind}:${string}`;

export function entityKey(kind: EntityKind, id: string): EntityKey {
  return `${kind}:${id}`;
}

/** The document types with pages, in table order, with their page spec. */
export const pagedTypes = documentTypeNames.flatMap((type) => {
  const page = (entityTable[type] as { page?: PageSpec }).page;
  return page ? [{ type: type as PagedType, kind: page.kind as EntityKind, page }] : [];
});
export const entityKinds = pagedTypes.map((p) => p.kind);

const byKind = new Map(pagedTypes.map((p) => [p.kind, p]));
/** The document type of an entity kind ("objective" → "Objective"). */
export type TypeOfKind<K extends EntityKind> = { [T in PagedType]: NonNullable<Table[T]['page']>['kind'] extends K ? T : never }[PagedType];

export function pagedType<K extends EntityKind>(kind: K): { type: TypeOfKind<K>; page: PageSpec } {
  return byKind.get(kind)! as unknown as { type: TypeOfKind<K>; page: PageSpec };
}

/** The URL form of an entity's id ("OSP 5" → "osp-5"). */
export function slugOf(kind: EntityKind, id: string): string {
  return pagedType(kind).page.slugOf?.(id) ?? id;
}

/** The id a URL slug names, or undefined when it cannot name one ("osp-05", "OSP 5"). */
export function idOfSlug(kind: EntityKind, slug: string): string | undefined {
  const { page } = pagedType(kind);
  if (page.idOfSlug) return page.idOfSlug(slug);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : undefined;
}

/** The id of a document of a kind with ids. */
export function idOf(type: DocumentTypeName, doc: object): string {
  const field = (entityTable[type] as { id?: string }).id;
  if (!field) throw new Error(`${type} documents have no id`);
  return String((doc as Record<string, unknown>)[field]);
}

/** The kinds a reference field's value names, for one value. */
export function referencedType(ref: Reference, id: string): DocumentTypeName {
  const type = typeof ref.to === 'function' ? ref.to(id) : ref.to;
  if (!isDocumentTypeName(type)) throw new Error(`lib/content/entities.ts: a reference names "${type}", which is not a document type`);
  return type;
}

/** Every reference field of every type: [type, field, spec]. */
export const referenceFields: Array<{ type: DocumentTypeName; field: string; ref: Reference }> = documentTypeNames.flatMap((type) =>
  Object.entries((entityTable[type] as { refs?: Record<string, Reference> }).refs ?? {}).map(([field, ref]) => ({ type, field, ref })));

/** Every document of a type, as a list. */
export function documentsOf(c: ContentCollections, type: DocumentTypeName): Array<DocumentBase & Record<string, unknown>> {
  const docs = c[entityTable[type].collection] as DocumentBase | DocumentBase[];
  return (Array.isArray(docs) ? docs : [docs]) as Array<DocumentBase & Record<string, unknown>>;
}

/** Every document that states facts (all but the source records), in table order. */
export function factDocuments(c: ContentCollections): Array<DocumentBase & Record<string, unknown>> {
  return documentTypeNames.filter((t) => t !== 'Source').flatMap((t) => documentsOf(c, t));
}

/** The ids a reference field holds (one string or a list). */
export function referencedIds(doc: object, field: string): string[] {
  const value = (doc as Record<string, unknown>)[field];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The text fields of a type (a translation may hold only these). */
export function textFieldsOf(type: DocumentTypeName): Record<string, TextField> {
  return entityTable[type].text as Record<string, TextField>;
}

/** The body link components' names: "Objective", "Project", … */
export type BodyComponent = {
  [T in PagedType]: NonNullable<Table[T]['page']> extends { readonly component: { readonly name: infer N extends string } } ? N : never
}[PagedType];

/** Body link components by name, each with the kind it names: derived from the kinds' pages. */
export const bodyComponentKinds = Object.fromEntries(
  pagedTypes.flatMap(({ kind, page }) => (page.component ? [[page.component.name, { kind, ...page.component }]] : [])),
) as Record<BodyComponent, { kind: EntityKind; name: BodyComponent; prop: string; names: string; shows: 'code' | 'title' }>;

/** contentlayer's type for files under content/i18n/: see translations.ts. */
export const TRANSLATION_TYPE = 'Translation';
export const TRANSLATION_PATTERN = 'i18n/**/*.mdx';

/** A glob of this table (`*` within a folder, `**` + `/` any folders) as a regular expression. */
export function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('**/', '\u0000').replaceAll('*', '[^/]*').replaceAll('\u0000', '(?:.+/)?')}$`);
}

const typeByPattern: Array<[RegExp, string]> = [
  ...documentTypeNames.map((name): [RegExp, string] => [globPattern(entityTable[name].file), name]),
  [globPattern(TRANSLATION_PATTERN), TRANSLATION_TYPE],
];

/**
 * The document type a file's place gives it. contentlayer would let a frontmatter `type:`
 * field override it (a "Donor" under content/i18n/ would publish as a base donor), so the
 * loader checks that every document has the type of its folder.
 */
export function documentTypeOfPath(file: string): string | undefined {
  return typeByPattern.find(([pattern]) => pattern.test(file))?.[1];
}
