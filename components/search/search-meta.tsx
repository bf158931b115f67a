import type { EntityType } from '@/lib/catalogue';

/** Tells Pagefind a page's entity type and code, shown beside each search result. */
export function SearchMeta({ type, code }: { type: EntityType; code?: string }) {
  return (
    <>
      <span hidden data-pagefind-meta={`type:${type}`} />
      {code && <span hidden data-pagefind-meta={`code:${code}`} />}
    </>
  );
}
