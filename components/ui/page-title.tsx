import type { ReactNode } from 'react';

/**
 * Pagefind weighs an h1's words 7 times body text; a hub — the page a reader means by a topic
 * word — weighs its heading at Pagefind's maximum, 10, so "santé" finds the Health programme
 * before an objective whose title and body also say "santé" (tests/search-queries.json).
 */
const HUB_HEADING_WEIGHT = '10';

/**
 * The page's single h1, with an optional kicker line above it (e.g. "Programme 3"). The kicker
 * is not indexed: search shows the page's type beside each result, and indexed, the kicker ran
 * into the title in result excerpts ("Thematic areaMigration Health").
 */
export function PageTitle({ kicker, hub, children }: { kicker?: string; hub?: boolean; children: ReactNode }) {
  return (
    <header className="mb-4">
      {kicker && <p className="text-sm font-semibold uppercase tracking-wide text-accent-700" data-pagefind-ignore>{kicker}</p>}
      <h1 className="text-2xl font-bold text-brand-900 wrap-anywhere sm:text-3xl" data-pagefind-weight={hub ? HUB_HEADING_WEIGHT : undefined}>{children}</h1>
    </header>
  );
}

/** An h2 section of a page. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-xl font-semibold text-brand-900 wrap-anywhere">
        {title}
      </h2>
      {children}
    </section>
  );
}
