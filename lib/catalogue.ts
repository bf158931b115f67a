/**
 * Every entity of the site as one flat list (type, code, title, URL): the A–Z index, the
 * site map, search's code lookup and the back-references all read it.
 */
import { contentIn, donorListName } from './content';
import { entityKey, type EntityKey, type EntityKind } from './content/backlinks';
import { getT } from './i18n';
import { routes } from './routes';
import { intlLocales, type Locale } from './site';

export const entityKinds = ['programme', 'objective', 'action', 'area', 'project', 'donor', 'partner'] as const satisfies readonly EntityKind[];

/** "Programme", "Objectif", "برنامج": the entity kind as a reader of the language calls it. */
export function entityTypeLabel(kind: EntityKind, locale: Locale): string {
  return getT(locale)(`entityTypes.${kind}`);
}

export interface CatalogueEntry {
  key: EntityKey;
  kind: EntityKind;
  /** The kind's label in the page's language. */
  type: string;
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
  const content = contentIn(locale);
  const entry = (kind: EntityKind, id: string, rest: { code?: string; title: string; href: string }): CatalogueEntry =>
    ({ key: entityKey(kind, id), kind, type: entityTypeLabel(kind, locale), ...rest });
  const entries: CatalogueEntry[] = [
    ...content.programmes().map((p) => entry('programme', p.slug, { code: String(p.number), title: p.title, href: routes.programme(locale, p.slug) })),
    ...content.objectives().map((o) => entry('objective', o.code, { code: o.code, title: o.title, href: routes.objective(locale, o.code) })),
    ...content.actions().map((a) => entry('action', a.code, { code: a.code, title: a.description, href: routes.action(locale, a.code) })),
    ...content.thematicAreas().map((t) => entry('area', t.slug, { title: t.title, href: routes.area(locale, t.slug) })),
    ...content.projects().map((p) => entry('project', p.slug, { code: p.shortName, title: p.title, href: routes.project(locale, p.slug) })),
    ...content.donors().map((d) => entry('donor', d.slug, { code: donorListName(d) === d.name ? d.shortName : undefined, title: donorListName(d), href: routes.donor(locale, d.slug) })),
    ...content.partners().map((p) => entry('partner', p.slug, { title: p.name, href: routes.partner(locale, p.slug) })),
  ];
  cache.set(locale, entries);
  return entries;
}

/** The catalogue sorted A–Z by title (ignoring case and accents), grouped by first letter. */
export function alphabeticalIndex(locale: Locale): Array<{ letter: string; entries: CatalogueEntry[] }> {
  const collator = new Intl.Collator(intlLocales[locale], { sensitivity: 'base' });
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
