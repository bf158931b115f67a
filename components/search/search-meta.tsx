import { entityTypeLabel } from '@/lib/catalogue';
import type { EntityKind } from '@/lib/content/backlinks';
import type { Locale } from '@/lib/site';

/** Tells Pagefind a page's entity type (in the page's language) and code, shown beside each search result. */
export function SearchMeta({ kind, code, locale }: { kind: EntityKind; code?: string; locale: Locale }) {
  return (
    <>
      <span hidden data-pagefind-meta={`type:${entityTypeLabel(kind, locale)}`} />
      {code && <span hidden data-pagefind-meta={`code:${code}`} />}
    </>
  );
}
