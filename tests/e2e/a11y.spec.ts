import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages, pageOfEachType } from './site';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best-practice rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

// Every exported page, not a sample: content differs page to page (tables, long titles, SVGs).
for (const path of [...exportedPages().filter((p) => p !== '/'), pageOfEachType.notFound]) {
  test(`axe (WCAG 2.2 A/AA): no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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

test('keyboard-only journey: skip link, then the header in reading order, each stop with a visible focus ring', async ({ page }) => {
  await page.goto(pageOfEachType.objective);
  const stops: Array<{ name: string; outline: string }> = [];
  for (let i = 0; i < 13; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { name: (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '').trim(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    }));
  }
  expect(stops.map((s) => s.name)).toEqual([
    'Skip to main content', 'Migration in Morocco: the SNIA and IOM', 'Français', 'العربية',
    'Programmes', 'Objectives', 'Actions', 'IOM Morocco', 'Who funds what', 'Contact', 'Browse everything', '', 'Search',
  ]);
  for (const stop of stops) expect(stop.outline, stop.name).toMatch(/^solid [3-9]/);
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
