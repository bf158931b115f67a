/**
 * THE registry of entities: every entity of the site as one flat list (kind, id, code,
 * title, URL), derived from the entity table. The page registry (site-pages.ts), the A–Z
 * index, the site map, search's code lookup, body links and the back-references all read it.
 */
import { contentIn } from './content';
import { entityKey, entityKinds, entityTable, idOf, pagedType, type EntityKey, type EntityKind } from './content/entities';
import { getT } from './i18n';
import { routes } from './routes';
import { intlLocales, type Locale } from './site';
import { usualNameIn, type UsualNames } from './usual-names';

export { entityKinds };

/** "Programme", "Objectif", "برنامج": the entity kind as a reader of the language calls it. */
export function entityTypeLabel(kind: EntityKind, locale: Locale): string {
  return getT(locale)(`entityTypes.${kind}`);
}

export interface CatalogueEntry {
  key: EntityKey;
  kind: EntityKind;
  /** Its id as the source writes it ("OSP 5", "y-med"). */
  id: string;
  /** The kind's label in the page's language. */
  type: string;
  /** The code shown after the type: "OSP 5", "3.4", "3" (programme 3), "IDF". */
  code?: string;
  title: string;
  /** An organisation's usual name in the page's language, beside `title` (the source's name). */
  usualName?: string;
  href: string;
}

const cache = new Map<Locale, CatalogueEntry[]>();

/** Built once per locale and reused by every page of the build. */
export function catalogue(locale: Locale): CatalogueEntry[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const content = contentIn(locale);
  const entries = entityKinds.flatMap((kind) => {
    const { type } = pagedType(kind);
    const spec = entityTable[type] as { title: (doc: object) => string; code?: (doc: object) => string | undefined };
    const label = entityTypeLabel(kind, locale);
    return content.list(type).map((doc): CatalogueEntry => {
      const id = idOf(type, doc);
      const usualName = usualNameIn((doc as { usualNames?: UsualNames }).usualNames, locale);
      return { key: entityKey(kind, id), kind, id, type: label, code: spec.code?.(doc), title: spec.title(doc), usualName, href: routes[kind](locale, id) };
    });
  });
  cache.set(locale, entries);
  return entries;
}

/** The name a reader of the page's language looks an entity up by: an organisation's usual name there, else its title. */
export const indexName = (entry: CatalogueEntry): string => entry.usualName ?? entry.title;

/** The catalogue sorted A–Z by name in the page's language (ignoring case and accents), grouped by first letter. */
export function alphabeticalIndex(locale: Locale): Array<{ letter: string; entries: CatalogueEntry[] }> {
  const collator = new Intl.Collator(intlLocales[locale], { sensitivity: 'base' });
  const sorted = [...catalogue(locale)].sort((a, b) => collator.compare(indexName(a), indexName(b)));
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of sorted) {
    const letter = indexName(entry).normalize('NFD').charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
}

/** The strategy's objectives and actions in code order (OSP 1–27, then 1.1…): what a reader who knows a code looks for. */
export function codeIndex(locale: Locale): CatalogueEntry[] {
  const coded = catalogue(locale).filter((e) => e.code !== undefined && (e.kind === 'objective' || e.kind === 'action'));
  return [...coded.filter((e) => e.kind === 'objective'), ...coded.filter((e) => e.kind === 'action')];
}

const byKey = new Map<Locale, Map<EntityKey, CatalogueEntry>>();

/** Catalogue entries by key, for resolving back-references and body links to titles and URLs. */
export function catalogueByKey(locale: Locale): Map<EntityKey, CatalogueEntry> {
  let map = byKey.get(locale);
  if (!map) byKey.set(locale, (map = new Map(catalogue(locale).map((entry) => [entry.key, entry]))));
  return map;
}
