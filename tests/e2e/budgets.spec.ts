import { expect, test } from '@playwright/test';
import { budgets, firstVisitBudgetKb, frameworkBaseline, htmlBudgetKb, htmlPages, isHydrated, pageWeight } from '../../scripts/weights';
import { knownPages, pageOfEachType, pageOfEachTypeInEachLanguage } from './site';

const KB = 1024;

test('every exported page stays within the weight budget (gzip): first visit, HTML, CSS; script files only where the runtime is kept', () => {
  const { bytes: baseline, files: baselineFiles } = frameworkBaseline();
  const pages = htmlPages();
  // Every page the registry publishes, plus the copies of the 404 page Next also writes.
  const files = knownPages().map((p) => (p.endsWith('/') ? `${p}index.html` : p));
  expect(pages).toEqual([...files, '/404/index.html', '/_not-found/index.html'].sort());
  // The pages that keep Next's runtime (scripts/strip-framework.mjs: HYDRATED_PAGES): the three search pages.
  expect(pages.filter(isHydrated)).toEqual(['/ar/search/index.html', '/en/search/index.html', '/fr/search/index.html']);
  const over: string[] = [];
  for (const page of pages) {
    const w = pageWeight(page);
    if (w.firstVisit > firstVisitBudgetKb(page) * KB) over.push(`${page}: first visit ${w.firstVisit} B > ${firstVisitBudgetKb(page)} KB`);
    if (w.html > htmlBudgetKb(page) * KB) over.push(`${page}: HTML ${w.html} B > ${htmlBudgetKb(page)} KB`);
    if (w.css > budgets.cssKb * KB) over.push(`${page}: CSS ${w.css} B`);
    if (isHydrated(page)) {
      if (w.js > baseline + budgets.jsOverBaselineKb * KB) over.push(`${page}: JS ${w.js} B > baseline ${baseline} B + ${budgets.jsOverBaselineKb} KB`);
      expect(w.scripts.filter((s) => baselineFiles.includes(s)).sort(), `${page}: loads the framework's scripts`).toEqual([...baselineFiles].sort());
    } else {
      expect(w.scripts, `${page}: loads no script file`).toEqual([]);
    }
    // The Arabic face counts on Arabic pages, and only there.
    expect(w.fontFiles.length, `${page}: font files`).toBe(page.startsWith('/ar/') ? 2 : 0);
  }
  expect(over).toEqual([]);
});

for (const [label, path] of pageOfEachTypeInEachLanguage()) {
  const type = label.split(' ')[0];
  test(`the ${label} page requests nothing from another host or ahead of a click, and loads no script file unless it keeps the runtime`, async ({ page, baseURL }) => {
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
    // Links are plain (components/ui/link.tsx): a page view costs the reader that page only.
    expect(otherPagesData).toEqual([]);
    // Pages without the runtime load no script file; the search page's (the runtime, then
    // Pagefind's on a query) are held by the weight test above.
    if (type !== 'search') expect(scripts).toEqual([]);
  });
}

test('a followed link loads its page as a document, and nothing before the click', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(pageOfEachType.home);
  await page.waitForLoadState('networkidle');
  // A marker on window survives a client-side navigation, not a page load.
  await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
  requested.length = 0;
  await page.locator('main a[href="/en/programmes/"]').first().click();
  await expect(page).toHaveURL(/\/en\/programmes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/programmes/i);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
  // The page itself, then its CSS (cached, or from the server); no page data, no script.
  expect(requested[0]).toBe('/en/programmes/');
  expect(requested.filter((p) => p.endsWith('.txt') || p.endsWith('.js'))).toEqual([]);
});
