/**
 * Every URL the site publishes, built in one place: pages, entity pages (from the entity
 * table's URL forms), open-data files and Open Graph images. Route handlers take their
 * params from here too, so no path is split apart and rebuilt elsewhere. Page paths end in
 * "/" to match the exported folders (trailingSlash).
 */
import { entityKinds, pagedType, slugOf, type EntityKind } from './content/entities';
import { defaultLocale, type Locale } from './site';

/** Pages that take only a language, by name, and their folder under it. */
const generalPagePaths = {
  home: '',
  programmes: 'programmes/',
  objectives: 'objectives/',
  actions: 'actions/',
  iom: 'iom/',
  projects: 'projects/',
  donors: 'donors/',
  partners: 'partners/',
  funding: 'funding/',
  data: 'data/',
  contact: 'contact/',
  help: 'help/',
  sources: 'sources/',
  search: 'search/',
  siteMap: 'site-map/',
  regularisation: 'regularisation/',
  asylum: 'asylum/',
  timeline: 'timeline/',
  sniaGovernance: 'snia-adoption-and-governance/',
} as const;
export type GeneralPage = keyof typeof generalPagePaths;

/** The page of one entity, or its anchor on a shared page (partners). */
export function entityPath(kind: EntityKind, l: Locale, id: string): string {
  const { page } = pagedType(kind);
  const slug = slugOf(kind, id);
  return page.item === 'anchor' ? `/${l}/${page.path}/#${slug}` : `/${l}/${page.path}/${slug}/`;
}

export { inLanguage, inLocale } from './locale-path';

/**
 * A subject page (content/topics/<slug>.mdx) is published at /<language>/<slug>/: its page
 * folder in app/[locale]/ and its entry above carry the same name (the loader checks it).
 */
export function topicPath(l: Locale, slug: string): string {
  return `/${l}/${slug}/`;
}

/** Open-data files as route params: /data/<file>, or /data/<dataset>/<record>. */
export interface DataFileParams { file: string; record?: string }
export const dataFileParams = {
  json: (name: string): DataFileParams => ({ file: `${name}.json` }),
  csv: (name: string): DataFileParams => ({ file: `${name}.csv` }),
  schema: (name: string): DataFileParams => ({ file: `${name}.schema.json` }),
  record: (name: string, id: string): DataFileParams => ({ file: name, record: `${id}.json` }),
  /** The Frictionless data package descriptor and its README: the spec names the descriptor, beside the files it describes. */
  dataPackage: (): DataFileParams => ({ file: 'datapackage.json' }),
  dataPackageReadme: (): DataFileParams => ({ file: 'README.md' }),
};
export function dataFilePath({ file, record }: DataFileParams): string {
  return record === undefined ? `/data/${file}` : `/data/${file}/${record}`;
}
export const dataPaths = {
  json: (name: string) => dataFilePath(dataFileParams.json(name)),
  csv: (name: string) => dataFilePath(dataFileParams.csv(name)),
  schema: (name: string) => dataFilePath(dataFileParams.schema(name)),
  record: (name: string, id: string) => dataFilePath(dataFileParams.record(name, id)),
  dataPackage: () => dataFilePath(dataFileParams.dataPackage()),
  dataPackageReadme: () => dataFilePath(dataFileParams.dataPackageReadme()),
};

/**
 * Languages whose Open Graph images are drawn. Arabic pages share the English image: the
 * image renderer (satori) does not shape Arabic script, and a mis-joined title is worse
 * than an English one.
 */
export const ogImageLocales: readonly Locale[] = ['en', 'fr'];

/** A page's Open Graph image as route params: "/ar/objectives/osp-5/" → { locale: "en", image: "objectives--osp-5.png" }. */
export function ogImageParams(pagePath: string): { locale: Locale; image: string } {
  const [locale, ...rest] = pagePath.split('/').filter(Boolean);
  const imageLocale = ogImageLocales.find((l) => l === locale) ?? 'en';
  return { locale: imageLocale, image: `${rest.join('--') || 'home'}.png` };
}
/** The image file of route params. */
export function ogImageFile({ locale, image }: { locale: string; image: string }): string {
  return `/og/${locale}/${image}`;
}
/** Where a page's Open Graph image is exported: "/en/objectives/osp-5/" → "/og/en/objectives--osp-5.png". */
export function ogImagePath(pagePath: string): string {
  return ogImageFile(ogImageParams(pagePath));
}

const general = Object.fromEntries(
  Object.entries(generalPagePaths).map(([name, path]) => [name, (l: Locale) => `/${l}/${path}`]),
) as { [P in GeneralPage]: (l: Locale) => string };
const entity = Object.fromEntries(
  entityKinds.map((kind) => [kind, (l: Locale, id: string) => entityPath(kind, l, id)]),
) as { [K in EntityKind]: (l: Locale, id: string) => string };

/** `routes.funding(l)`, `routes.objective(l, "OSP 5")` (ids as the source writes them). */
export const routes = {
  ...general,
  ...entity,
  fundingCsv: () => dataPaths.csv('funding'),
};

/** General pages without their language ("/funding/"): what a body may link to besides entities. */
export function generalPaths(): string[] {
  return Object.values(generalPagePaths).map((path) => `/${path}`);
}

/** Every entity page without its language ("/objectives/osp-5/"), from each kind's ids. */
export function entityPaths(idsOf: (kind: EntityKind) => string[]): string[] {
  const l = defaultLocale;
  return entityKinds
    .filter((kind) => pagedType(kind).page.item === 'page')
    .flatMap((kind) => idsOf(kind).map((id) => entityPath(kind, l, id).slice(`/${l}`.length)));
}
