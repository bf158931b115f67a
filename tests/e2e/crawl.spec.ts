import { expect, test } from '@playwright/test';
import { exportedPages, hrefsIn, idsIn, languages } from './site';

test('every exported page has one h1, a unique title, a description, and no broken internal link', async ({ request }) => {
  const pages = exportedPages();
  expect(pages.length).toBeGreaterThan(280);
  const titles = new Map<string, string>();
  const html = new Map<string, string>();
  for (const page of pages) {
    const res = await request.get(page);
    expect(res.status(), page).toBe(200);
    html.set(page, await res.text());
  }
  for (const [page, body] of html) {
    if (page === '/') continue; // the language choice, tested on its own
    expect(body.match(/<h1[\s>]/g)?.length, `${page}: h1 count`).toBe(1);
    const title = /<title>([^<]+)<\/title>/.exec(body)?.[1];
    expect(title, `${page}: title`).toBeTruthy();
    expect(titles.get(title!), `${page}: title "${title}" also used by`).toBeUndefined();
    titles.set(title!, page);
    expect(body, `${page}: meta description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
    const lang = page === '/404.html' ? 'en' : page.split('/')[1]!;
    expect(body, `${page}: lang and dir`).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
    if (page === '/404.html') continue;
    // hreflang: the page in every language, plus x-default, each an exported page.
    const rest = page.slice(3);
    for (const l of [...languages, 'x-default']) {
      const target = `/${l === 'x-default' ? 'en' : l}${rest}`;
      expect(body, `${page}: hreflang ${l}`).toContain(`<link rel="alternate" hrefLang="${l}" href="http://localhost:3000${target}"/>`);
      expect(pages, `${page}: its ${l} version exists`).toContain(target);
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
      const target = html.get(url.pathname);
      if (target === undefined) {
        const res = await request.get(url.pathname);
        expect(res.status(), `${page} links to ${href}`).toBe(200);
        continue;
      }
      if (url.hash) expect(idsIn(target).has(decodeURIComponent(url.hash.slice(1))), `${page} links to missing anchor ${href}`).toBe(true);
    }
  }
});

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

for (const [browserLanguages, expected] of [['fr-MA', '/fr/'], ['ar', '/ar/'], ['en-US', '/en/'], ['de-DE', '/en/']] as const) {
  test(`/ picks ${expected} for a browser set to ${browserLanguages}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLanguages });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  });
}
