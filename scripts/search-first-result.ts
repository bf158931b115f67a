/**
 * What a reader sees first when searching: shared by the search test set
 * (tests/e2e/search-queries.spec.ts) and the hit-rate report (scripts/search-hit-rate.ts).
 * The set is read at run time: it is a test fixture, and the build type-checks scripts/
 * in copies of the project that hold no tests/ (scripts/check-bad-inputs.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const queries = JSON.parse(readFileSync(path.resolve(__dirname, '../tests/search-queries.json'), 'utf8')) as Record<SearchLocale, Array<[string, string]>>;

export type SearchLocale = 'en' | 'fr' | 'ar';
export const searchLocales: SearchLocale[] = ['en', 'fr', 'ar'];

/** The test set: [query, the page that must come first] per language. */
export function searchCases(locale: SearchLocale): Array<[query: string, expected: string]> {
  return queries[locale];
}

/** Runs a query on the language's search page and returns the first result's link (null: no result). */
export async function firstResult(page: Page, locale: SearchLocale, query: string): Promise<string | null> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await status.filter({ hasText: /\S/ }).waitFor();
  const first = page.getByTestId('search-results').locator('li a').first();
  return (await first.count()) ? first.getAttribute('href') : null;
}
