/**
 * Every entity of the site as one flat list (type, code, title, URL): the A–Z index, the
 * site map, search's code lookup and the back-references all read it.
 */
import { content } from './content';
import { entityKey, type EntityKey } from './content/backlinks';
import { routes } from './routes';
import type { Locale } from './site';

export const entityTypes = ['Programme', 'Objective', 'Action', 'Thematic area', 'Project', 'Donor', 'Partner'] as const;
export type EntityType = (typeof entityTypes)[number];

export interface CatalogueEntry {
  key: EntityKey;
  type: EntityType;
  /** The code shown after the type: "OSP 5", "3.4", "3" (programme 3), "IDF". */
  code?: string;
  title: string;
  href: string;
}

const cache = new Map<Locale, CatalogueEntry[]>();

/** Built once per locale and reused by every page of the build. */
export function catalogue(locale: Locale): CatalogueEntry[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const entries: CatalogueEntry[] = [
    ...content.programmes().map((p) => ({ key: entityKey('programme', p.slug), type: 'Programme' as const, code: String(p.number), title: p.title, href: routes.programme(locale, p.slug) })),
    ...content.objectives().map((o) => ({ key: entityKey('objective', o.code), type: 'Objective' as const, code: o.code, title: o.title, href: routes.objective(locale, o.code) })),
    ...content.actions().map((a) => ({ key: entityKey('action', a.code), type: 'Action' as const, code: a.code, title: a.description, href: routes.action(locale, a.code) })),
    ...content.thematicAreas().map((t) => ({ key: entityKey('area', t.slug), type: 'Thematic area' as const, title: t.title, href: routes.area(locale, t.slug) })),
    ...content.projects().map((p) => ({ key: entityKey('project', p.slug), type: 'Project' as const, code: p.shortName, title: p.title, href: routes.project(locale, p.slug) })),
    ...content.donors().map((d) => ({ key: entityKey('donor', d.slug), type: 'Donor' as const, code: d.shortName, title: d.name, href: routes.donor(locale, d.slug) })),
    ...content.partners().map((p) => ({ key: entityKey('partner', p.slug), type: 'Partner' as const, title: p.name, href: routes.partner(locale, p.slug) })),
  ];
  cache.set(locale, entries);
  return entries;
}

/** The catalogue sorted A–Z by title (ignoring case and accents), grouped by first letter. */
export function alphabeticalIndex(locale: Locale): Array<{ letter: string; entries: CatalogueEntry[] }> {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...catalogue(locale)].sort((a, b) => collator.compare(a.title, b.title));
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of sorted) {
    const letter = entry.title.normalize('NFD').charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
}

/** Catalogue entries by key, for resolving back-references to titles and links. */
export function catalogueByKey(locale: Locale): Map<EntityKey, CatalogueEntry> {
  return new Map(catalogue(locale).map((entry) => [entry.key, entry]));
}
