/**
 * Every HTML page the site publishes, in every language, with its title and description, in
 * one registry. Pages take their <title>/description from here, and the sitemap, the site
 * map page, hreflang alternates and the Open Graph images list the same pages — so none can
 * be forgotten by one of them.
 */
import { contentIn, donorListName, type Doc } from './content';
import { catalogue, type CatalogueEntry } from './catalogue';
import { pagedType, type EntityKind, type TypeOfKind } from './content/entities';
import { getFormat, getT } from './i18n';
import { inLocale, routes } from './routes';
import { locales, type Locale } from './site';

export interface SitePage {
  path: string;
  locale: Locale;
  /** The page's <title> (before the site-name suffix, unless absoluteTitle). */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** What kind of page it is, shown above the title on its Open Graph image. */
  kind: string;
  /** Short label for the site map's list of general pages; entity pages have none. */
  label?: string;
}

type PageText = Omit<SitePage, 'locale'>;

/** General pages whose title, description and label are interface text (lib/i18n messages). */
type GeneralPageKey = 'programmes' | 'objectives' | 'actions' | 'projects' | 'donors' | 'partners' | 'funding' | 'contact' | 'help' | 'search' | 'data' | 'sources' | 'siteMap' | 'timeline';

function generalPages(l: Locale): PageText[] {
  const t = getT(l);
  const content = contentIn(l);
  const strategy = content.strategy();
  const overview = content.overview();
  const page = (path: string, key: GeneralPageKey, kind: string): PageText =>
    ({ path, title: t(`pages.${key}.title`), description: t(`pages.${key}.description`), kind, label: t(`pages.${key}.label`) });
  const snia = t('kinds.snia');
  const iom = t('kinds.iom');
  return [
    { path: routes.home(l), title: `${strategy.title} · ${t('site.name')}`, absoluteTitle: true, description: strategy.summary, kind: t('home.kicker'), label: t('pages.home.label') },
    page(routes.programmes(l), 'programmes', snia),
    page(routes.objectives(l), 'objectives', snia),
    page(routes.actions(l), 'actions', snia),
    { path: routes.iom(l), title: overview.title, description: overview.summary, kind: iom, label: t('pages.iom.label') },
    page(routes.projects(l), 'projects', iom),
    page(routes.donors(l), 'donors', iom),
    page(routes.partners(l), 'partners', iom),
    page(routes.funding(l), 'funding', iom),
    (() => {
      const topic = content.topic('regularisation');
      return { path: routes.regularisation(l), title: topic.title, description: topic.summary, kind: snia, label: t('pages.regularisation.label') };
    })(),
    (() => {
      const topic = content.topic('asylum');
      return { path: routes.asylum(l), title: topic.title, description: topic.summary, kind: snia, label: t('pages.asylum.label') };
    })(),
    (() => {
      const topic = content.topic('snia-adoption-and-governance');
      return { path: routes.sniaGovernance(l), title: topic.title, description: topic.summary, kind: snia, label: t('pages.sniaGovernance.label') };
    })(),
    page(routes.timeline(l), 'timeline', snia),
    page(routes.help(l), 'help', t('header.help')),
    page(routes.contact(l), 'contact', t('header.contact')),
    page(routes.search(l), 'search', t('headerSearch.button')),
    page(routes.data(l), 'data', t('dataPage.title')),
    page(routes.sources(l), 'sources', t('sourcesPage.title')),
    page(routes.siteMap(l), 'siteMap', t('siteMap.title')),
  ];
}

/** Kinds whose entities have pages of their own (partners are anchors on /partners/). */
type PageKind = Exclude<EntityKind, 'partner'>;

/**
 * The title, description and Open Graph label of one entity's page, per kind: the part of
 * a kind's page that is interface text. Typed over the entity table's kinds, so a kind
 * added there without its text here does not compile.
 */
const entityPageText: { [K in PageKind]: (doc: Doc<TypeOfKind<K>>, l: Locale) => Omit<PageText, 'path'> } = {
  programme: (p, l) => ({
    title: getT(l)('common.programmeTitled', { number: p.number, title: p.title }),
    description: p.summary, kind: getT(l)('pages.entity.programmeKind', { number: p.number }),
  }),
  objective: (o, l) => {
    const t = getT(l);
    const p = contentIn(l).programme(o.programme);
    return {
      title: `${o.code}${t('common.colon')}${o.title}`, kind: t('objectivePage.kicker', { code: o.code }),
      description: t('pages.entity.objective', { code: o.code, number: p.number, programme: p.title, title: o.title }),
    };
  },
  action: (a, l) => {
    const t = getT(l);
    const p = contentIn(l).programme(a.programme);
    return {
      title: t('common.action', { code: a.code }), kind: t('pages.entity.actionKind', { code: a.code }),
      description: t('pages.entity.action', { code: a.code, number: p.number, programme: p.title, description: a.description }),
    };
  },
  area: (area, l) => ({
    title: getT(l)('pages.entity.areaTitle', { title: area.title }), description: area.summary, kind: getT(l)('areaPage.kicker'),
  }),
  project: (p, l) => {
    const content = contentIn(l);
    return {
      title: p.title, kind: getT(l)('pages.entity.projectKind'),
      description: getT(l)('pages.entity.project', { area: content.area(p.area).title, donors: getFormat(l).list(content.donorsOf(p).map(donorListName)) }),
    };
  },
  donor: (d, l) => ({
    title: getT(l)('donorPage.citeTitle', { name: d.name }), kind: getT(l)('entityTypes.donor'),
    description: getT(l)('pages.entity.donor', { name: d.name, projects: contentIn(l).projectsFundedBy(d).map((p) => p.title).join('; ') }),
  }),
};

/** One page per entity that has a page of its own, at the catalogue's URL. */
function entityPages(l: Locale): PageText[] {
  const content = contentIn(l);
  return catalogue(l).filter((e): e is CatalogueEntry & { kind: PageKind } => pagedType(e.kind).page.item === 'page').map((e) => {
    const text = entityPageText[e.kind] as (doc: object, l: Locale) => Omit<PageText, 'path'>;
    return { path: e.href, ...text(content.get(pagedType(e.kind).type, e.id), l) };
  });
}

const cache = new Map<Locale, SitePage[]>();

export function sitePages(locale: Locale): SitePage[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const pages = [...generalPages(locale), ...entityPages(locale)].map((p) => ({ ...p, locale }));
  cache.set(locale, pages);
  return pages;
}

export function generalSitePages(locale: Locale): SitePage[] {
  return sitePages(locale).filter((p) => p.label);
}

/** Every page in every language. */
export function allSitePages(): SitePage[] {
  return locales.flatMap(sitePages);
}

let byPath: Map<string, SitePage> | undefined;

/** The registry entry of a path; a page missing from the registry fails the build. */
export function sitePage(path: string): SitePage {
  byPath ??= new Map(allSitePages().map((p) => [p.path, p]));
  const page = byPath.get(path);
  if (!page) throw new Error(`${path} is not in lib/site-pages.ts: add it so the sitemap and metadata include it`);
  return page;
}

/** The same page in each language ("/en/…", "/fr/…", "/ar/…"): every page exists in all. */
export function languageVersions(path: string): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, inLocale(path, l)])) as Record<Locale, string>;
}

