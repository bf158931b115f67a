import type { ReactNode } from 'react';

/** The page's single h1, with an optional kicker line above it (e.g. "Programme 3"). */
export function PageTitle({ kicker, children }: { kicker?: string; children: ReactNode }) {
  return (
    <header className="mb-4">
      {kicker && <p className="text-sm font-semibold uppercase tracking-wide text-accent-700">{kicker}</p>}
      <h1 className="text-2xl font-bold text-brand-900 wrap-anywhere sm:text-3xl">{children}</h1>
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
