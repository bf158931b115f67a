/**
 * Every HTML page the site publishes, in every language, with its title and description, in
 * one registry. Pages take their <title>/description from here, and the sitemap, the site
 * map page, hreflang alternates and the Open Graph images list the same pages — so none can
 * be forgotten by one of them.
 */
import { contentIn, donorListName } from './content';
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
type GeneralPageKey = 'programmes' | 'objectives' | 'actions' | 'projects' | 'donors' | 'partners' | 'funding' | 'contact' | 'search' | 'data' | 'sources' | 'siteMap';

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
    page(routes.contact(l), 'contact', t('header.contact')),
    page(routes.search(l), 'search', t('headerSearch.button')),
    page(routes.data(l), 'data', t('dataPage.title')),
    page(routes.sources(l), 'sources', t('sourcesPage.title')),
    page(routes.siteMap(l), 'siteMap', t('siteMap.title')),
  ];
}

function entityPages(l: Locale): PageText[] {
  const t = getT(l);
  const list = (items: string[]) => getFormat(l).list(items);
  const content = contentIn(l);
  return [
    ...content.programmes().map((p) => ({
      path: routes.programme(l, p.slug), title: t('common.programmeTitled', { number: p.number, title: p.title }),
      description: p.summary, kind: t('pages.entity.programmeKind', { number: p.number }),
    })),
    ...content.objectives().map((o) => {
      const p = content.programme(o.programme);
      return {
        path: routes.objective(l, o.code), title: `${o.code}${t('common.colon')}${o.title}`, kind: t('objectivePage.kicker', { code: o.code }),
        description: t('pages.entity.objective', { code: o.code, number: p.number, programme: p.title, title: o.title }),
      };
    }),
    ...content.actions().map((a) => {
      const p = content.programme(a.programme);
      return {
        path: routes.action(l, a.code), title: t('common.action', { code: a.code }), kind: t('pages.entity.actionKind', { code: a.code }),
        description: t('pages.entity.action', { code: a.code, number: p.number, programme: p.title, description: a.description }),
      };
    }),
    ...content.thematicAreas().map((area) => ({
      path: routes.area(l, area.slug), title: t('pages.entity.areaTitle', { title: area.title }), description: area.summary, kind: t('areaPage.kicker'),
    })),
    ...content.projects().map((p) => ({
      path: routes.project(l, p.slug), title: p.title, kind: t('pages.entity.projectKind'),
      description: t('pages.entity.project', { area: content.area(p.area).title, donors: list(content.donorsOf(p).map(donorListName)) }),
    })),
    ...content.donors().map((d) => ({
      path: routes.donor(l, d.slug), title: t('donorPage.citeTitle', { name: d.name }), kind: t('entityTypes.donor'),
      description: t('pages.entity.donor', { name: d.name, projects: content.projectsFundedBy(d).map((p) => p.title).join('; ') }),
    })),
  ];
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

/**
 * Languages whose Open Graph images are drawn. Arabic pages share the English image: the
 * image renderer (satori) does not shape Arabic script, and a mis-joined title is worse
 * than an English one.
 */
export const ogImageLocales: readonly Locale[] = ['en', 'fr'];

/** Where a page's Open Graph image is exported: "/en/objectives/osp-5/" → "/og/en/objectives--osp-5.png". */
export function ogImagePath(path: string): string {
  const [, locale, ...rest] = path.split('/').filter((s, i) => i === 0 || s !== '');
  const imageLocale = locale && (ogImageLocales as readonly string[]).includes(locale) ? locale : 'en';
  return `/og/${imageLocale}/${rest.join('--') || 'home'}.png`;
}
