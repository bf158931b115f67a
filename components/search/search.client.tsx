'use client';

import { useEffect, useId, useState } from 'react';
import { codeInQuery, westernDigits } from '@/lib/code-query';
import { withoutElisions } from '@/lib/search/french-elision.mjs';
import { itemNamed, type KnownItem } from '@/lib/search/known-items';
import { arabicQueryVariants } from '@/lib/search/arabic-query';
import { useBrowserValue } from '@/lib/use-hydrated';

/**
 * Everything the search box says, in the page's language, from the server: the client ships
 * no message catalogue. `results` holds one template per plural category of the language
 * ({count} and {query} filled in here), as Arabic has six.
 */
export interface SearchText {
  locale: string;
  label: string;
  inputLabel: string;
  placeholder: string;
  button: string;
  failed: string;
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  page: string;
  noScript: string;
}

function resultsStatus(text: SearchText, count: number, query: string): string {
  const category = new Intl.PluralRules(text.locale).select(count);
  return (text.results[category] ?? text.results.other).replace('{count}', String(count)).replace('{query}', query);
}

interface Result {
  href: string;
  title: string;
  type?: string;
  code?: string;
  excerpt?: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; code?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { ranking: Record<string, unknown> }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Ranking, tuned on the search test set (tests/search-queries.json; scripts/search-hit-rate.ts):
 * Pagefind's defaults favour short pages, so an objective that names "health" once outranked
 * the Health programme, whose page is long. `type` and `code` are metadata for the result
 * label, not words a reader searches: they must not lift every objective for "objectif".
 */
const RANKING = { termFrequency: 0.5, pageLength: 0.15, metaWeights: { type: 0, code: 0 } };

let pagefindModule: Promise<Pagefind> | undefined;
/** Pagefind's runtime is written into out/pagefind/ after the build; load it on first search. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindModule ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>)
    .then(async (pagefind) => { await pagefind.options({ ranking: RANKING }); return pagefind; });
  return pagefindModule;
}

const resultOf = (item: KnownItem): Result => ({ href: item.href, title: item.title, type: item.type, code: item.code });

/**
 * A code ("OSP 22", "10.3", "هدف ٢٢") answers with that entity alone: nothing that merely
 * shares its digits ("103,000", action 2.2). A query that is exactly an organisation's or a
 * project's name or short name ("UNDP", "PNUD", "RIASE", "Gouvernement de l’Espagne") puts
 * that entity first. Any other query goes to Pagefind without its French
 * elided words, so "l’asile" finds what "asile" finds, and with Western digits, as the
 * pages write them ("٢٠١٤" finds 2014).
 */
async function runSearch(query: string, known: KnownItem[]): Promise<Result[]> {
  const code = codeInQuery(query);
  if (code) {
    const exact = known.find((e) => e.code === code);
    return exact ? [resultOf(exact)] : [];
  }
  const pagefind = await loadPagefind();
  // Every form of the query (lib/search/arabic-query.ts), each page at its best score.
  const best = new Map<string, PagefindResult>();
  for (const variant of arabicQueryVariants(withoutElisions(westernDigits(query)))) {
    for (const r of (await pagefind.search(variant))?.results ?? []) {
      if ((best.get(r.id)?.score ?? -Infinity) < r.score) best.set(r.id, r);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const data = await Promise.all(ranked.slice(0, 20).map((r) => r.data()));
  const results: Result[] = data.map((d) => ({
    href: d.url, title: d.meta.title ?? d.url, type: d.meta.type, code: d.meta.code, excerpt: d.excerpt,
  }));
  const named = itemNamed(query, known);
  if (!named) return results;
  // A partner is a section of the partners page: that page's own result gives way to it.
  const page = named.href.split('#')[0];
  return [resultOf(named), ...results.filter((r) => r.href !== named.href && r.href !== page)];
}

function SearchForm({ initialQuery, known, text }: { initialQuery: string; known: KnownItem[]; text: SearchText }) {
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [submitted, setSubmitted] = useState(initialQuery);
  const [results, setResults] = useState<Result[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!submitted.trim()) return;
    let current = true;
    runSearch(submitted, known).then(
      (r) => { if (current) { setResults(r); setFailed(false); } },
      () => { if (current) setFailed(true); },
    );
    return () => { current = false; };
  }, [submitted, known]);

  const status = failed ? text.failed : results === null ? '' : resultsStatus(text, results.length, submitted);

  return (
    <div>
      <form
        role="search"
        aria-label={text.label}
        className="flex flex-wrap gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(query);
          window.history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
        }}
      >
        <label htmlFor={inputId} className="w-full font-semibold">{text.inputLabel}</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="min-w-0 flex-1 rounded border border-slate-500 px-2 py-1"
          placeholder={text.placeholder}
        />
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-900">{text.button}</button>
      </form>
      <p role="status" className="mt-3 text-sm text-slate-700">{status}</p>
      {results && results.length > 0 && (
        <ol className="mt-2 space-y-4" data-testid="search-results">
          {results.map((r) => (
            <li key={r.href}>
              <p className="text-xs font-semibold uppercase tracking-wide text-accent-700">
                {r.type ?? text.page}{r.code && <> · <bdi>{r.code}</bdi></>}
              </p>
              <a href={r.href} className="font-semibold">{r.title}</a>
              {/* Pagefind escapes the page text and only adds <mark> around matches. */}
              {r.excerpt && <p className="text-sm" dangerouslySetInnerHTML={{ __html: r.excerpt }} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

const queryInUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';

/**
 * Full-text search (Pagefind) once JavaScript runs. In the exported HTML — what a reader
 * without JavaScript gets — it is a note pointing to the A–Z index below it.
 */
export function Search({ known, text }: { known: KnownItem[]; text: SearchText }) {
  const hydrated = useBrowserValue(() => true, false);
  const initialQuery = useBrowserValue(queryInUrl, '');
  if (!hydrated) {
    return <p className="rounded bg-brand-50 p-3">{text.noScript}</p>;
  }
  return <SearchForm key={initialQuery} initialQuery={initialQuery} known={known} text={text} />;
}
