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
