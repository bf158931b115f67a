import { expect, test } from '@playwright/test';
import { budgets, frameworkBaseline, htmlBudgetKb, htmlPages, pageWeight, scriptsBytes } from '../../scripts/weights';
import { knownPages, pageOfEachType, pageOfEachTypeInEachLanguage } from './site';

const KB = 1024;

test('every exported page stays within the weight budget (gzip): HTML, CSS, and JS over the framework baseline', () => {
  const { bytes: baseline, files: baselineFiles } = frameworkBaseline();
  const pages = htmlPages();
  // Every page the registry publishes, plus the copies of the 404 page Next also writes.
  const files = knownPages().map((p) => (p.endsWith('/') ? `${p}index.html` : p));
  expect(pages).toEqual([...files, '/404/index.html', '/_not-found/index.html'].sort());
  const over: string[] = [];
  for (const page of pages) {
    const w = pageWeight(page);
    if (w.html > htmlBudgetKb(page) * KB) over.push(`${page}: HTML ${w.html} B > ${htmlBudgetKb(page)} KB`);
    if (w.css > budgets.cssKb * KB) over.push(`${page}: CSS ${w.css} B`);
    if (w.js > baseline + budgets.jsOverBaselineKb * KB) over.push(`${page}: JS ${w.js} B > baseline ${baseline} B + ${budgets.jsOverBaselineKb} KB`);
    expect(w.scripts.filter((s) => baselineFiles.includes(s)).sort(), `${page}: loads the framework's scripts`).toEqual([...baselineFiles].sort());
  }
  expect(over).toEqual([]);
});

for (const [label, path] of pageOfEachTypeInEachLanguage()) {
  const type = label.split(' ')[0];
  test(`the ${label} page requests nothing from another host or ahead of a click, and the JS it loads fits the budget`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).host;
    const foreign: string[] = [];
    const scripts: string[] = [];
    const otherPagesData: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host !== own) {
        foreign.push(url.href);
        return route.abort();
      }
      if (route.request().resourceType() === 'script') scripts.push(url.pathname);
      if (url.searchParams.has('_rsc')) otherPagesData.push(url.pathname);
      return route.continue();
    });
    // On the search page, run a query too: Pagefind's index and WebAssembly must come from this host.
    await page.goto(type === 'search' ? `${path}?q=health` : path);
    // Bring every link into view once: Next's links would prefetch each one's page here.
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    if (type === 'search') await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
    expect(foreign).toEqual([]);
    // Links do not prefetch (components/ui/link.tsx): a page view costs the reader that page only.
    expect(otherPagesData).toEqual([]);
    if (type !== 'search') expect(scriptsBytes(scripts)).toBeLessThanOrEqual(frameworkBaseline().bytes + budgets.jsOverBaselineKb * KB);
  });
}

test('a followed link fetches its page only then, and lands on it without a full reload', async ({ page }) => {
  const pageData: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has('_rsc')) pageData.push(url.pathname);
  });
  await page.goto(pageOfEachType.home);
  await page.waitForLoadState('networkidle');
  expect(pageData).toEqual([]);
  // A marker on window survives a client-side navigation and not a reload.
  await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
  await page.locator('main a[href="/en/programmes/"]').first().click();
  await expect(page).toHaveURL(/\/en\/programmes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/programmes/i);
  // The followed link's own page data, once.
  expect(pageData).toEqual(['/en/programmes/index.txt']);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
