import { expect, test } from '@playwright/test';
import { firstResult, searchCases, searchLocales } from '../../scripts/search-first-result';

// The search test set (tests/search-queries.json): every query must put its page first.
for (const locale of searchLocales) {
  test.describe(`search in ${locale}`, () => {
    for (const [query, expected] of searchCases(locale)) {
      test(`"${query}" → ${expected}`, async ({ page }) => {
        expect(await firstResult(page, locale, query)).toBe(expected);
      });
    }
  });
}
