import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages, knownPages, pageOfEachType } from './site';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best-practice rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Every exported page, not a sample (content differs page to page: tables, long titles,
 * SVGs), plus an unknown URL answered by the 404 page. One browser page per shard visits its
 * share in turn and collects violations per path: a test per page spent most of its time
 * opening and closing browser contexts. "/" is checked as readers without JavaScript see it
 * (its language-pick script would leave at once).
 */
const sweep = [...exportedPages(), pageOfEachType.notFound];
const SHARDS = 4;

test('the axe sweep covers every page the registry publishes, and the 404 page', () => {
  expect(exportedPages()).toEqual(knownPages());
  expect(sweep).toHaveLength(knownPages().length + 1);
});

for (let shard = 0; shard < SHARDS; shard += 1) {
  const paths = sweep.filter((_, i) => i % SHARDS === shard);
  test(`axe (WCAG 2.2 A/AA): no violations on pages ${shard + 1} of every ${SHARDS} (${paths.length} pages)`, async ({ page }) => {
    test.setTimeout(paths.length * 10_000);
    await page.route(/\/$/, async (route) => {
      if (new URL(route.request().url()).pathname !== '/') return route.continue();
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace(/<script>[\s\S]*?<\/script>/, '') });
    });
    const violations: string[] = [];
    let checked = 0;
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const v of results.violations) violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      if (path === '/') expect(new URL(page.url()).pathname, '/ checked without its redirect').toBe('/');
      checked += 1;
    }
    expect(violations).toEqual([]);
    expect(checked).toBe(paths.length);
  });
}

for (const [type, path] of Object.entries(pageOfEachType)) {
  test(`readable at 320 px without horizontal scrolling: ${type}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('keyboard: the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/programmes/health/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard-only journey: skip link, then every control of the header in reading order, each named and with a visible focus ring', async ({ page }) => {
  await page.goto(pageOfEachType.objective);
  // The expected stops come from the page itself: the skip link, then the header's links and
  // controls in document order, each marked with its position.
  const expected = await page.evaluate(() => {
    // The links inside the closed menu are not rendered, so not stops: only what is visible is.
    const visible = (els: Iterable<Element>) => [...els].filter((el) => (el as HTMLElement).checkVisibility());
    const stops = [document.querySelector('a[href="#main"]')!, ...visible(document.querySelectorAll('header :is(a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]))'))];
    stops.forEach((el, i) => el.setAttribute('data-stop', String(i)));
    return { count: stops.length, links: visible(document.querySelectorAll('header a[href]')).length };
  });
  // The header's links (site name, the two other languages, the main navigation's visible
  // links: Help), then the menu's summary and the search form.
  expect(expected.links).toBe(1 + 2 + await page.getByTestId('main-nav').getByRole('link').count());
  expect(expected.count).toBe(1 + expected.links + 1 + 2);
  for (let i = 0; i < expected.count; i += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-stop', String(i));
    await expect(focused, `stop ${i}`).toHaveAccessibleName(/\S/);
    const outline = await focused.evaluate((el) => { const style = getComputedStyle(el); return `${style.outlineStyle} ${style.outlineWidth}`; });
    expect(outline, `stop ${i}`).toMatch(/^solid [3-9]/);
  }
  // Then into the page: the breadcrumb comes first.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Home');
});

test('contrast holds when the reader prefers a dark colour scheme (the site keeps its light palette)', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const path of [pageOfEachType.home, pageOfEachType.funding, pageOfEachType.project]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations, path).toEqual([]);
  }
  await context.close();
});
