/**
 * schema.org descriptions of the site's entities (JSON-LD), typed with schema-dts so a
 * misspelt property fails the typecheck. Built from the same content as the pages.
 */
import type { BreadcrumbList, DataCatalog, Dataset, GovernmentService, Organization, Project, WithContext } from 'schema-dts';
import { contentIn, type Action, type Donor, type Objective, type Programme, type Project as IomProject } from './content';
import { getT } from './i18n';
import { datasetNames, datasets, type DatasetName } from './open-data/datasets';
import { dataPaths, routes } from './routes';
import { absoluteUrl, siteName, type Locale } from './site';

const morocco = { '@type': 'Country', name: 'Morocco' } as const;
const context = 'https://schema.org' as const;

export function breadcrumbLd(l: Locale, trail: Array<{ label: string; href: string }>, current: string): WithContext<BreadcrumbList> {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: [
      ...trail.map((crumb, i) => ({ '@type': 'ListItem' as const, position: i + 1, name: crumb.label, item: absoluteUrl(crumb.href) })),
      { '@type': 'ListItem', position: trail.length + 1, name: current },
    ],
  };
}

const programmeId = (l: Locale, p: Programme) => `${absoluteUrl(routes.programme(l, p.slug))}#service`;
const programmeName = (l: Locale, p: Programme) => getT(l)('common.programmeTitled', { number: p.number, title: p.title });

export function programmeLd(l: Locale, p: Programme): WithContext<GovernmentService> {
  return {
    '@context': context, '@type': 'GovernmentService', '@id': programmeId(l, p),
    name: programmeName(l, p), description: p.summary, url: absoluteUrl(routes.programme(l, p.slug)),
    identifier: String(p.number), serviceType: getT(l)('structuredData.programme'), areaServed: morocco,
  };
}

export function objectiveLd(l: Locale, o: Objective): WithContext<GovernmentService> {
  const p = contentIn(l).programme(o.programme);
  return {
    '@context': context, '@type': 'GovernmentService',
    name: `${o.code}${getT(l)('common.colon')}${o.title}`, url: absoluteUrl(routes.objective(l, o.code)), identifier: o.code,
    serviceType: getT(l)('structuredData.objective'), areaServed: morocco,
    isRelatedTo: { '@type': 'GovernmentService', '@id': programmeId(l, p), name: programmeName(l, p) },
  };
}

export function actionLd(l: Locale, a: Action): WithContext<GovernmentService> {
  const p = contentIn(l).programme(a.programme);
  return {
    '@context': context, '@type': 'GovernmentService',
    name: getT(l)('common.action', { code: a.code }), description: a.description, url: absoluteUrl(routes.action(l, a.code)), identifier: a.code,
    serviceType: getT(l)('structuredData.action'), areaServed: morocco,
    isRelatedTo: { '@type': 'GovernmentService', '@id': programmeId(l, p), name: programmeName(l, p) },
  };
}

function donorOrg(l: Locale, d: Donor) {
  return { '@type': 'Organization' as const, name: d.name, ...(d.shortName ? { alternateName: d.shortName } : {}), url: absoluteUrl(routes.donor(l, d.slug)) };
}

export function projectLd(l: Locale, p: IomProject): WithContext<Project> {
  return {
    '@context': context, '@type': 'Project',
    name: p.title, ...(p.shortName ? { alternateName: p.shortName } : {}), url: absoluteUrl(routes.project(l, p.slug)),
    funder: contentIn(l).donorsOf(p).map((d) => donorOrg(l, d)),
    ...(p.partners.length > 0 && { member: contentIn(l).partnersOf(p).map((x) => ({ '@type': 'Organization' as const, name: x.name })) }),
    // No areaServed: the source places projects in North Africa or in five countries, or says nothing.
  };
}

export function donorLd(l: Locale, d: Donor): WithContext<Organization> {
  return { '@context': context, ...donorOrg(l, d), ...(d.description ? { description: d.description } : {}) };
}

/** The addresses of the sources a dataset's records come from, each once. */
function sourceUrls(name: DatasetName): string[] {
  return [...new Set(datasets[name].records().flatMap((r) => r.sources))].map((id) => contentIn('en').source(id).url);
}

function datasetOf(name: DatasetName) {
  const spec = datasets[name];
  return {
    '@type': 'Dataset' as const, name: spec.title, description: spec.description, url: absoluteUrl(dataPaths.json(name)),
    creator: { '@type': 'Organization' as const, name: siteName },
    distribution: [
      { '@type': 'DataDownload' as const, encodingFormat: 'application/json', contentUrl: absoluteUrl(dataPaths.json(name)) },
      { '@type': 'DataDownload' as const, encodingFormat: 'text/csv', contentUrl: absoluteUrl(dataPaths.csv(name)) },
    ],
  };
}

export function datasetLd(name: DatasetName): WithContext<Dataset> {
  return { '@context': context, ...datasetOf(name), isBasedOn: sourceUrls(name) };
}

export function dataCatalogLd(l: Locale): WithContext<DataCatalog> {
  return { '@context': context, '@type': 'DataCatalog', name: `${siteName}: open data`, url: absoluteUrl(routes.data(l)),
    // The sources page, not every source's address repeated per dataset (each dataset's JSON
    // names its own): that list grows with every source, and the data page has an HTML budget.
    isBasedOn: absoluteUrl(routes.sources(l)), dataset: datasetNames.map(datasetOf) };
}
