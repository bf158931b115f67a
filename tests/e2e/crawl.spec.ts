import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { preferenceOrder } from '../../deploy/language-negotiation.mjs';
import table from '../accept-language-cases.json';
import { builtOrigin, exportedPages, hrefsIn, idsIn, knownPages, languages } from './site';

const OUT = path.resolve(__dirname, '../../out');
const pages = exportedPages();
const exported = new Set(pages);
/** The built file behind a page path. */
const fileOf = (page: string) => path.join(OUT, page.endsWith('/') ? `${page}index.html` : page);
const SHARDS = 4;
const cases = table.cases as Array<[string | null, string]>;

test('out/ holds exactly the pages the registry publishes (lib/site-pages.ts, plus / and 404.html)', () => {
  expect(pages).toEqual(knownPages());
});

test('every page has a title no other page has', () => {
  const byTitle = new Map<string, string[]>();
  for (const page of pages.filter((p) => p !== '/')) {
    const title = /<title>([^<]+)<\/title>/.exec(readFileSync(fileOf(page), 'utf8'))?.[1] ?? '(none)';
    byTitle.set(title, [...(byTitle.get(title) ?? []), page]);
  }
  expect([...byTitle].filter(([, where]) => where.length > 1)).toEqual([]);
  expect([...byTitle.values()].flat()).toHaveLength(pages.length - 1);
});

// The crawl in shards, each its own test: every page served with 200, its head, and every
// internal link it holds (page, file or anchor) resolved.
for (let shard = 0; shard < SHARDS; shard += 1) {
  const mine = pages.filter((_, i) => i % SHARDS === shard);
  test(`crawl ${shard + 1} of ${SHARDS} (${mine.length} pages): one h1, a title, a description, hreflang, and no broken internal link`, async ({ request }) => {
    test.setTimeout(60_000 + mine.length * 2_000);
    const html = new Map<string, string>();
    for (const page of mine) {
      const res = await request.get(page);
      expect(res.status(), page).toBe(200);
      html.set(page, await res.text());
    }
    expect(html.size).toBe(mine.length);
    for (const [page, body] of html) {
      if (page === '/') continue; // the language choice, tested on its own
      expect(body.match(/<h1[\s>]/g)?.length, `${page}: h1 count`).toBe(1);
      expect(body, `${page}: title`).toMatch(/<title>[^<]+<\/title>/);
      expect(body, `${page}: meta description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
      const lang = page === '/404.html' ? 'en' : page.split('/')[1]!;
      expect(body, `${page}: lang and dir`).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
      if (page === '/404.html') continue;
      // hreflang: the page in every language, plus x-default, each an exported page, at the
      // origin the build wrote (SITE_URL, else the local preview origin).
      const rest = page.slice(3);
      for (const l of [...languages, 'x-default']) {
        const target = `/${l === 'x-default' ? 'en' : l}${rest}`;
        expect(body, `${page}: hreflang ${l}`).toContain(`<link rel="alternate" hrefLang="${l}" href="${builtOrigin}${target}"/>`);
        expect(exported.has(target), `${page}: its ${l} version ${target} exists`).toBe(true);
      }
    }
    const checked = new Set<string>();
    for (const [page, body] of html) {
      for (const href of hrefsIn(body)) {
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        const key = url.pathname + url.hash;
        if (checked.has(key)) continue;
        checked.add(key);
        if (!exported.has(url.pathname)) {
          const res = await request.get(url.pathname);
          expect(res.status(), `${page} links to ${href}`).toBe(200);
          continue;
        }
        // A page: served by the shard that holds it; here only its anchors matter.
        if (url.hash) expect(idsIn(readFileSync(fileOf(url.pathname), 'utf8')).has(decodeURIComponent(url.hash.slice(1))), `${page} links to missing anchor ${href}`).toBe(true);
      }
    }
  });
}

test('an unknown URL gets the 404 page with status 404', async ({ page }) => {
  const res = await page.goto('/en/objectives/osp-99/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /All 27 specific objectives/ })).toBeVisible();
});

test('/ offers the three languages as plain links without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  const choice = page.getByTestId('language-choice');
  await expect(choice.locator('a[href="/en/"][hreflang="en"]')).toBeVisible();
  await expect(choice.locator('a[href="/fr/"][hreflang="fr"]')).toBeVisible();
  await expect(choice.locator('a[href="/ar/"][hreflang="ar"]')).toBeVisible();
  await expect(choice.locator('li[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: /Français/ }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});

test('/ picks the language by the one rule, for every case of tests/accept-language-cases.json, in the browser', async ({ browser }) => {
  // The browser's languages in the reader's order, as a browser derives them from its settings.
  const context = await browser.newContext();
  const sentTo: string[] = [];
  for (const [header] of cases) {
    const page = await context.newPage();
    const languages = preferenceOrder(header);
    await page.addInitScript((l) => { Object.defineProperty(Navigator.prototype, 'languages', { get: () => l }); }, languages);
    await page.goto('/');
    await page.waitForURL(/\/[a-z]{2}\/$/);
    sentTo.push(new URL(page.url()).pathname);
    await page.close();
  }
  expect(sentTo).toEqual(cases.map(([, language]) => `/${language}/`));
  await context.close();
});

test('/ follows the browser\'s own language setting (fr-MA → /fr/)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-MA' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});
