import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page.getByTestId('search-results').locator('li');
}

test('"RAMED" finds action 3.4 and the Health programme', async ({ page }) => {
  const results = await search(page, 'RAMED');
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/en/actions/3-4/');
  expect(hrefs).toContain('/en/programmes/health/');
  await expect(results.filter({ has: page.locator('a[href="/en/actions/3-4/"]') })).toContainText('Action · 3.4');
});

for (const query of ['OSP 22', 'osp22', 'OSP-22']) {
  test(`"${query}" returns OSP 22 first`, async ({ page }) => {
    const results = await search(page, query);
    await expect(results.first().locator('a')).toHaveAttribute('href', '/en/objectives/osp-22/');
    await expect(results.first()).toContainText('Objective · OSP 22');
  });
}

test('"10.11" returns action 10.11 first', async ({ page }) => {
  const results = await search(page, '10.11');
  await expect(results.first().locator('a')).toHaveAttribute('href', '/en/actions/10-11/');
});

test('"Y-Med" finds the project', async ({ page }) => {
  const results = await search(page, 'Y-Med');
  await expect(results.locator('a[href="/en/projects/y-med/"]')).toHaveCount(1);
});

test('the header search box leads to results, by keyboard', async ({ page }) => {
  await page.goto('/en/programmes/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('housing');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=housing/);
  await expect(page.getByTestId('search-results').locator('a[href="/en/programmes/housing/"]')).toHaveCount(1);
});

test('without JavaScript the search page shows the A–Z index of every entity', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/?q=RAMED');
  await expect(page.getByText('Full-text search needs JavaScript')).toBeVisible();
  const entries = page.getByTestId('a-z-entries').locator('li');
  // 11 programmes + 27 objectives + 20 actions + 4 areas + 9 projects + 12 donors + 6 partners
  await expect(entries).toHaveCount(89);
  await expect(page.getByTestId('a-z-entries').getByRole('link', { name: 'Reflecting on the law of nationality' })).toHaveAttribute('href', '/en/actions/10-11/');
  // Every code, in code order: 27 objectives, then the 20 actions.
  const codes = page.getByTestId('a-z-codes').getByRole('link');
  await expect(codes).toHaveCount(47);
  await expect(codes.nth(21)).toHaveText('Objective OSP 22');
  await expect(codes.nth(21)).toHaveAttribute('href', '/en/objectives/osp-22/');
  await expect(codes.nth(27)).toHaveText('Action 2.1');
  await context.close();
});

test('without JavaScript the French A–Z index names organisations as a French reader does, beside the source’s name', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/search/');
  await expect(page.getByText('La recherche en texte intégral nécessite JavaScript')).toBeVisible();
  const spain = page.getByTestId('a-z-entries').locator('li', { has: page.getByRole('link', { name: 'Gouvernement de l’Espagne' }) });
  await expect(spain).toContainText('Government of Spain');
  await expect(spain.locator('[lang="en"]')).toHaveText('Government of Spain');
  await expect(page.getByTestId('a-z-codes').getByRole('link', { name: 'Objectif OSP 22' })).toHaveAttribute('href', '/fr/objectives/osp-22/');
  await context.close();
});

test('the header leads to the browse menu, which expands by keyboard, and its programmes expand too', async ({ page }) => {
  await page.goto('/en/');
  // The header's links are in its folded menu.
  await page.getByRole('navigation', { name: 'Main' }).getByText('Menu').click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse everything' }).click();
  await expect(page).toHaveURL(/\/en\/site-map\/$/);
  const menu = page.getByTestId('browse-menu');
  const summary = menu.locator('> summary');
  await summary.focus();
  await expect(menu).not.toHaveAttribute('open');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('1. Education and culture');
  await page.keyboard.press('Space');
  await expect(menu.getByRole('link', { name: /^OSP 1:/ })).toBeVisible();
});

test('the browse menu works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/site-map/');
  await page.getByTestId('browse-menu').locator('> summary').click();
  await page.getByTestId('browse-menu').getByText('3. Health').click();
  await page.getByTestId('browse-menu').getByRole('link', { name: /^OSP 5:/ }).click();
  await expect(page).toHaveURL(/\/en\/objectives\/osp-5\/$/);
  await context.close();
});

test('back-references: an objective lists what points at it, including editorial project links', async ({ page }) => {
  await page.goto('/en/objectives/osp-23/');
  const backlinks = page.getByTestId('backlinks');
  await expect(backlinks.locator('a[href="/en/programmes/regulatory-and-conventional-framework/"]')).toHaveCount(1);
  await expect(backlinks.locator('a[href="/en/actions/10-11/"]')).toHaveCount(1);
  await page.goto('/en/programmes/health/');
  await expect(page.getByTestId('backlinks')).toContainText('(editorial link by this site)');
  await page.goto('/en/donors/government-of-norway/');
  await expect(page.getByTestId('backlinks').locator('a[href="/en/projects/riase-voluntary-return-and-reintegration/"]')).toHaveCount(1);
});

test('the site map lists every entity page, grouped by type', async ({ page }) => {
  await page.goto('/en/site-map/');
  await expect(page.getByTestId('site-map-objective').locator('li')).toHaveCount(27);
  await expect(page.getByTestId('site-map-action').locator('li')).toHaveCount(20);
  await expect(page.getByTestId('site-map-project').locator('li')).toHaveCount(9);
  await expect(page.getByTestId('site-map-donor').locator('li')).toHaveCount(12);
});

test('a code answers with that entity alone: nothing that merely shares its digits', async ({ page }) => {
  for (const [locale, query, href] of [['en', '10.3', '/en/actions/10-3/'], ['fr', 'OSP 22', '/fr/objectives/osp-22/'], ['ar', 'هدف ٢٢', '/ar/objectives/osp-22/']] as const) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const results = page.getByTestId('search-results').locator('li');
    await expect(results).toHaveCount(1);
    await expect(results.locator('a')).toHaveAttribute('href', href);
  }
});

test('results are in the reader’s language, labelled with their type, with excerpts from the page’s own text', async ({ page }) => {
  await page.goto(`/fr/search/?q=${encodeURIComponent('asile')}`);
  const results = page.getByTestId('search-results').locator('li');
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i += 1) {
    const item = results.nth(i);
    expect(await item.locator('a').getAttribute('href')).toMatch(/^\/fr\//);
    // No permalink, URL or breadcrumb text in an excerpt.
    await expect(item).not.toContainText(/Lien permanent|https?:\/\/|Accueil ›/);
  }
  // An objective's result says what it is.
  await expect(results.filter({ has: page.locator('a[href="/fr/objectives/osp-26/"]') })).toContainText('Objectif · OSP 26');
});
