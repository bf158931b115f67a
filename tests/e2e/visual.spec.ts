import { expect, test } from '@playwright/test';

/**
 * Visual regression: the pages readers land on, at a phone's and a desktop's first screen, in
 * the three languages, against the committed baselines (visual.spec.ts-snapshots/). A layout
 * change fails here instead of waiting for a reader; an intended one is accepted with
 * `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` and reviewed as images in
 * the commit. The access date is the reader's day, so it is masked.
 */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'programme-health', path: 'programmes/health/' },
  { name: 'objective-osp-5', path: 'objectives/osp-5/' },
  { name: 'funding', path: 'funding/' },
  { name: 'help', path: 'help/' },
];
const SCREENS = [
  { name: '360', width: 360, height: 740 },
  { name: '1280', width: 1280, height: 800 },
];

for (const locale of ['en', 'fr', 'ar']) {
  for (const screen of SCREENS) {
    for (const { name, path } of PAGES) {
      test(`${locale} ${name} at ${screen.name} px looks as approved`, async ({ page }) => {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto(`/${locale}/${path}`);
        await expect(page).toHaveScreenshot(`${locale}-${name}-${screen.name}.png`, {
          mask: [page.getByTestId('access-date')],
          animations: 'disabled',
          maxDiffPixelRatio: 0.002,
        });
      });
    }
  }
}
