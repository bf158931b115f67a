/**
 * Every HTML page the site publishes, with its title and description, in one registry.
 * Pages take their <title>/description from here, and the sitemap, the site map page and
 * the Open Graph images list the same pages — so none can be forgotten by one of them.
 */
import { content } from './content';
import { routes } from './routes';
import { locales, siteName, type Locale } from './site';

export interface SitePage {
  path: string;
  /** The page's <title> (before the site-name suffix, unless absoluteTitle). */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** What kind of page it is, shown above the title on its Open Graph image. */
  kind: string;
  /** Short label for the site map's list of general pages; entity pages have none. */
  label?: string;
}

function generalPages(l: Locale): SitePage[] {
  const strategy = content.strategy();
  const overview = content.overview();
  return [
    { path: routes.home(l), title: `${strategy.title} · ${siteName}`, absoluteTitle: true, description: strategy.summary, kind: "Morocco's migration policy", label: 'Home: the SNIA at a glance' },
    { path: routes.programmes(l), title: 'All programmes of the SNIA', description: 'The 11 sectoral and cross-cutting programmes of the National Strategy for Immigration and Asylum, with their specific objectives.', kind: 'SNIA', label: 'All programmes' },
    { path: routes.objectives(l), title: 'All specific objectives (OSP 1–27)', description: 'The 27 specific objectives of the National Strategy for Immigration and Asylum, grouped by programme.', kind: 'SNIA', label: 'All specific objectives' },
    { path: routes.actions(l), title: 'Actions named in the source', description: 'Every SNIA action the ministry’s programme page names, by programme, with what the source says of the others.', kind: 'SNIA', label: 'All actions' },
    { path: routes.iom(l), title: overview.title, description: overview.summary, kind: 'IOM Morocco', label: 'IOM in Morocco' },
    { path: routes.projects(l), title: 'IOM Morocco projects', description: 'Every IOM Morocco project listed on its website, by thematic area, with its donors.', kind: 'IOM Morocco', label: 'All IOM projects' },
    { path: routes.donors(l), title: 'Donors of IOM Morocco projects', description: 'Every donor named on IOM Morocco’s website and the projects each one funds.', kind: 'IOM Morocco', label: 'All donors' },
    { path: routes.partners(l), title: 'IOM Morocco partners', description: 'The Moroccan ministries and institutions IOM Morocco names as partners, and implementing partners of its projects.', kind: 'IOM Morocco', label: 'Partners' },
    { path: routes.funding(l), title: 'Who funds what: IOM Morocco donors and projects', description: 'Every donor–project pair of IOM Morocco’s projects, with thematic area, as a table, a diagram and a CSV download.', kind: 'IOM Morocco', label: 'Who funds what (table, diagram and CSV)' },
    { path: routes.contact(l), title: 'Contact', description: 'How to reach IOM Morocco in Rabat and the ministry in charge of migration affairs: address, phone, help line hours, fax, email.', kind: 'Contact', label: 'Contact' },
    { path: routes.search(l), title: 'Search', description: 'Search every SNIA programme, objective and action and every IOM Morocco project and donor, or browse them A to Z.', kind: 'Search', label: 'Search and A–Z index' },
    { path: routes.data(l), title: 'Open data: download the SNIA and IOM facts', description: 'Every programme, objective, action, IOM area, project, donor, partner and funding pair as JSON and CSV, with JSON Schemas.', kind: 'Open data', label: 'Open data (JSON, CSV, schemas)' },
    { path: routes.sources(l), title: 'Sources', description: 'The public pages every fact on this site comes from.', kind: 'Sources', label: 'Sources' },
    { path: routes.siteMap(l), title: 'Site map', description: 'Every page of this site, grouped by type: SNIA programmes, objectives and actions; IOM areas, projects and donors.', kind: 'Site map', label: 'Site map' },
  ];
}

function entityPages(l: Locale): SitePage[] {
  return [
    ...content.programmes().map((p) => ({
      path: routes.programme(l, p.slug), title: `Programme ${p.number}: ${p.title}`, description: p.summary, kind: `SNIA programme ${p.number}`,
    })),
    ...content.objectives().map((o) => {
      const p = content.programme(o.programme);
      return {
        path: routes.objective(l, o.code), title: `${o.code}: ${o.title}`, kind: `Specific objective ${o.code}`,
        description: `Specific objective ${o.code} of the SNIA, in programme ${p.number} (${p.title}): ${o.title}.`,
      };
    }),
    ...content.actions().map((a) => {
      const p = content.programme(a.programme);
      return {
        path: routes.action(l, a.code), title: `Action ${a.code}`, kind: `SNIA action ${a.code}`,
        description: `Action ${a.code} of the SNIA (programme ${p.number}, ${p.title}): ${a.description}.`,
      };
    }),
    ...content.thematicAreas().map((t) => ({
      path: routes.area(l, t.slug), title: `${t.title}: IOM Morocco thematic area`, description: t.summary, kind: 'IOM Morocco thematic area',
    })),
    ...content.projects().map((p) => ({
      path: routes.project(l, p.slug), title: p.title, kind: 'IOM Morocco project',
      description: `IOM Morocco project in ${content.area(p.area).title}, funded by ${content.donorsOf(p).map((d) => d.name).join(', ')}.`,
    })),
    ...content.donors().map((d) => ({
      path: routes.donor(l, d.slug), title: `${d.name}: projects funded`, kind: 'Donor',
      description: `IOM Morocco projects funded by ${d.name}: ${content.projectsFundedBy(d).map((p) => p.title).join('; ')}.`,
    })),
  ];
}

const cache = new Map<Locale, SitePage[]>();

export function sitePages(locale: Locale): SitePage[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const pages = [...generalPages(locale), ...entityPages(locale)];
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

/** Where a page's Open Graph image is exported: "/en/objectives/osp-5/" → "/og/en/objectives--osp-5.png". */
export function ogImagePath(path: string): string {
  const [, locale, ...rest] = path.split('/').filter((s, i) => i === 0 || s !== '');
  return `/og/${locale}/${rest.join('--') || 'home'}.png`;
}
