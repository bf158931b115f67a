import { catalogueByKey, entityTypeLabel, indexName } from '@/lib/catalogue';
import { entityKey, type EntityKind } from '@/lib/content/backlinks';
import { usePageLocale } from '@/components/page-scope';

/**
 * What Pagefind shows and weighs for an entity's page: its type (in the page's language) and
 * code beside each result, and its title — the entity's name in the page's language, set
 * here because an action page's heading is its code ("Action 10.11"), and a title match is
 * what lifts a page above those that merely mention the words.
 */
export function SearchMeta({ kind, id, code }: { kind: EntityKind; id: string; code?: string }) {
  const locale = usePageLocale();
  const entry = catalogueByKey(locale).get(entityKey(kind, id));
  return (
    <>
      <span hidden data-pagefind-meta={`type:${entityTypeLabel(kind, locale)}`} />
      {code && <span hidden data-pagefind-meta={`code:${code}`} />}
      {entry && <span hidden data-pagefind-meta={`title:${indexName(entry)}`} />}
    </>
  );
}
