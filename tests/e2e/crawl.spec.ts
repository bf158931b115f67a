import { expect, test } from '@playwright/test';
import { exportedPages, hrefsIn, idsIn } from './site';

test('every exported page has one h1, a unique title, a description, and no broken internal link', async ({ request }) => {
  const pages = exportedPages();
  expect(pages.length).toBeGreaterThan(60);
  const titles = new Map<string, string>();
  const html = new Map<string, string>();
  for (const page of pages) {
    const res = await request.get(page);
    expect(res.status(), page).toBe(200);
    html.set(page, await res.text());
  }
  for (const [page, body] of html) {
    if (page === '/') continue; // the language redirect: meta refresh + link, tested on its own
    expect(body.match(/<h1[\s>]/g)?.length, `${page}: h1 count`).toBe(1);
    const title = /<title>([^<]+)<\/title>/.exec(body)?.[1];
    expect(title, `${page}: title`).toBeTruthy();
    expect(titles.get(title!), `${page}: title "${title}" also used by`).toBeUndefined();
    titles.set(title!, page);
    expect(body, `${page}: meta description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(body, `${page}: lang`).toMatch(/<html lang="en" dir="ltr"/);
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

test('/ leads to /en/ without JavaScript: meta refresh and a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await context.close();
  const res = await (await browser.newContext()).request.get('/');
  const html = await res.text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/"/);
  expect(hrefsIn(html)).toContain('/en/');
});
