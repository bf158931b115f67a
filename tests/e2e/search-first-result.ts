/**
 * What a reader sees first when searching: shared by the search test set
 * (search-queries.spec.ts) and the hit-rate report (scripts/search-hit-rate.ts).
 */
import type { Page } from 'playwright-core';
import queries from '../search-queries.json';

export type SearchLocale = 'en' | 'fr' | 'ar';
export const searchLocales: SearchLocale[] = ['en', 'fr', 'ar'];

/** The test set: [query, the page that must come first] per language. */
export function searchCases(locale: SearchLocale): Array<[query: string, expected: string]> {
  return queries[locale] as Array<[string, string]>;
}

/** Runs a query on the language's search page and returns the first result's link (null: no result). */
export async function firstResult(page: Page, locale: SearchLocale, query: string): Promise<string | null> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await status.filter({ hasText: /\S/ }).waitFor();
  const first = page.getByTestId('search-results').locator('li a').first();
  return (await first.count()) ? first.getAttribute('href') : null;
}
