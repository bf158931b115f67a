/**
 * Every entity of the site as one flat list (type, code, title, URL): the A–Z index, the
 * site map, search's code lookup and the back-references all read it.
 */
import { content } from './content';
import { routes } from './routes';
import type { Locale } from './site';

export const entityTypes = ['Programme', 'Objective', 'Action', 'Thematic area', 'Project', 'Donor', 'Partner'] as const;
export type EntityType = (typeof entityTypes)[number];

export interface CatalogueEntry {
  type: EntityType;
  /** The source's code where it has one: "OSP 5", "3.4", "Programme 3". */
  code?: string;
  title: string;
  href: string;
}

export function catalogue(locale: Locale): CatalogueEntry[] {
  return [
    ...content.programmes().map((p) => ({ type: 'Programme' as const, code: `Programme ${p.number}`, title: p.title, href: routes.programme(locale, p.slug) })),
    ...content.objectives().map((o) => ({ type: 'Objective' as const, code: o.code, title: o.title, href: routes.objective(locale, o.code) })),
    ...content.actions().map((a) => ({ type: 'Action' as const, code: a.code, title: a.description, href: routes.action(locale, a.code) })),
    ...content.thematicAreas().map((t) => ({ type: 'Thematic area' as const, title: t.title, href: routes.area(locale, t.slug) })),
    ...content.projects().map((p) => ({ type: 'Project' as const, code: p.shortName, title: p.title, href: routes.project(locale, p.slug) })),
    ...content.donors().map((d) => ({ type: 'Donor' as const, code: d.shortName, title: d.name, href: routes.donor(locale, d.slug) })),
    ...content.partners().map((p) => ({ type: 'Partner' as const, title: p.name, href: routes.partner(locale, p.slug) })),
  ];
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
