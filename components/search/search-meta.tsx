import { entityTypeLabel } from '@/lib/catalogue';
import type { EntityKind } from '@/lib/content/backlinks';
import { usePageLocale } from '@/components/page-scope';

/** Tells Pagefind a page's entity type (in the page's language) and code, shown beside each search result. */
export function SearchMeta({ kind, code }: { kind: EntityKind; code?: string }) {
  const locale = usePageLocale();
  return (
    <>
      <span hidden data-pagefind-meta={`type:${entityTypeLabel(kind, locale)}`} />
      {code && <span hidden data-pagefind-meta={`code:${code}`} />}
    </>
  );
}
