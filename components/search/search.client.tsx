'use client';

import { useEffect, useId, useState } from 'react';
import { codeInQuery } from '@/lib/code-query';
import { useBrowserValue } from '@/lib/use-hydrated';

/** An entity with a code, so a typed code ("osp22", "10.11") can put it first. */
export interface CodedEntry {
  code: string;
  type: string;
  title: string;
  href: string;
}

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
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

let pagefindModule: Promise<Pagefind> | undefined;
/** Pagefind's runtime is written into out/pagefind/ after the build; load it on first search. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindModule ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>;
  return pagefindModule;
}

async function runSearch(query: string, coded: CodedEntry[]): Promise<Result[]> {
  const code = codeInQuery(query);
  const exact = code ? coded.find((e) => e.code === code) : undefined;
  const pagefind = await loadPagefind();
  const found = await pagefind.search(code ?? query);
  const data = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
  const results: Result[] = data.map((d) => ({
    href: d.url, title: d.meta.title ?? d.url, type: d.meta.type, code: d.meta.code, excerpt: d.excerpt,
  }));
  if (!exact) return results;
  return [{ href: exact.href, title: exact.title, type: exact.type, code: exact.code }, ...results.filter((r) => r.href !== exact.href)];
}

function SearchForm({ initialQuery, coded, text }: { initialQuery: string; coded: CodedEntry[]; text: SearchText }) {
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [submitted, setSubmitted] = useState(initialQuery);
  const [results, setResults] = useState<Result[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!submitted.trim()) return;
    let current = true;
    runSearch(submitted, coded).then(
      (r) => { if (current) { setResults(r); setFailed(false); } },
      () => { if (current) setFailed(true); },
    );
    return () => { current = false; };
  }, [submitted, coded]);

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
export function Search({ coded, text }: { coded: CodedEntry[]; text: SearchText }) {
  const hydrated = useBrowserValue(() => true, false);
  const initialQuery = useBrowserValue(queryInUrl, '');
  if (!hydrated) {
    return <p className="rounded bg-brand-50 p-3">{text.noScript}</p>;
  }
  return <SearchForm key={initialQuery} initialQuery={initialQuery} coded={coded} text={text} />;
}
