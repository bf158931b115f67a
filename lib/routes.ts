/**
 * Every URL the site publishes, built in one place. Paths end in "/" to match the
 * exported folders (trailingSlash). Codes go through lib/codes.ts for their URL form.
 */
import { actionSlug, objectiveSlug } from './codes';
import type { Locale } from './site';

/** "/fr/objectives/osp-5/" → "/ar/objectives/osp-5/": the same page in another language. */
export function inLocale(path: string, locale: Locale): string {
  const rest = path.split('/').filter(Boolean).slice(1).join('/');
  return `/${locale}/${rest ? `${rest}/` : ''}`;
}

export const routes = {
  home: (l: Locale) => `/${l}/`,
  programmes: (l: Locale) => `/${l}/programmes/`,
  programme: (l: Locale, slug: string) => `/${l}/programmes/${slug}/`,
  objectives: (l: Locale) => `/${l}/objectives/`,
  objective: (l: Locale, code: string) => `/${l}/objectives/${objectiveSlug(code)}/`,
  actions: (l: Locale) => `/${l}/actions/`,
  action: (l: Locale, code: string) => `/${l}/actions/${actionSlug(code)}/`,
  iom: (l: Locale) => `/${l}/iom/`,
  area: (l: Locale, slug: string) => `/${l}/iom/areas/${slug}/`,
  projects: (l: Locale) => `/${l}/projects/`,
  project: (l: Locale, slug: string) => `/${l}/projects/${slug}/`,
  donors: (l: Locale) => `/${l}/donors/`,
  donor: (l: Locale, slug: string) => `/${l}/donors/${slug}/`,
  partners: (l: Locale) => `/${l}/partners/`,
  partner: (l: Locale, slug: string) => `/${l}/partners/#${slug}`,
  funding: (l: Locale) => `/${l}/funding/`,
  fundingCsv: () => '/data/funding.csv',
  data: (l: Locale) => `/${l}/data/`,
  contact: (l: Locale) => `/${l}/contact/`,
  sources: (l: Locale) => `/${l}/sources/`,
  search: (l: Locale) => `/${l}/search/`,
  siteMap: (l: Locale) => `/${l}/site-map/`,
};
