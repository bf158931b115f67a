import { expect, test } from '@playwright/test';

test('home → programme → objective → action, and back up', async ({ page }) => {
  await page.goto('/en/');
  // The site's name heads the home page; the strategy's own section follows its three doors.
  await expect(page.getByRole('heading', { level: 2, name: /National Strategy for Immigration and Asylum/ })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Health', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/programmes\/health\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Health');

  await page.getByTestId('objective-list').getByRole('link', { name: 'OSP 5' }).click();
  await expect(page).toHaveURL(/\/en\/objectives\/osp-5\/$/);
  await page.getByRole('link', { name: /programme 3: Health/i }).first().click();
  await expect(page).toHaveURL(/\/en\/programmes\/health\/$/);

  await page.getByTestId('action-list').getByRole('link', { name: 'Action 3.4' }).click();
  await expect(page).toHaveURL(/\/en\/actions\/3-4\/$/);
  await expect(page.getByRole('main')).toContainText('RAMED');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Programme 3' }).click();
  await expect(page).toHaveURL(/\/en\/programmes\/health\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('each programme page lists its known number of objectives', async ({ page }) => {
  // Counts from the source (seed 003), programmes 1–11 in order.
  const expected = [3, 1, 2, 1, 2, 2, 3, 2, 3, 4, 4];
  await page.goto('/en/programmes/');
  const hrefs = await page.getByRole('main').locator('ol > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(11);
  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    await expect(page.getByText(`Programme ${i + 1} of 11`)).toBeVisible();
    await expect(page.getByTestId('objective-list').locator('li'), href).toHaveCount(expected[i]!);
  }
});

test('all 27 objectives are listed, OSP 1 to OSP 27 in order, each linking to its page', async ({ page }) => {
  await page.goto('/en/objectives/');
  const codes = await page.getByTestId('objective-list').locator('li > a').allTextContents();
  expect(codes).toEqual(Array.from({ length: 27 }, (_, i) => `OSP ${i + 1}`));
});

test('an objective links to its programme, actions and neighbours', async ({ page }) => {
  await page.goto('/en/objectives/osp-23/');
  await expect(page.getByRole('link', { name: /programme 10: Regulatory/i }).first()).toBeVisible();
  const actions = await page.getByTestId('action-list').locator('li > a').allTextContents();
  expect(actions).toEqual(['Action 10.4', 'Action 10.5', 'Action 10.6', 'Action 10.8', 'Action 10.9', 'Action 10.10', 'Action 10.11']);
  await page.getByRole('link', { name: 'Next objective: OSP 24' }).click();
  await expect(page).toHaveURL(/osp-24\/$/);
  await page.getByRole('link', { name: 'Previous objective: OSP 23' }).click();
  await expect(page).toHaveURL(/osp-23\/$/);
});

test('jointly described actions say so and link to each other', async ({ page }) => {
  await page.goto('/en/actions/2-2/');
  await expect(page.getByText('The source describes this action together with')).toBeVisible();
  await page.getByRole('link', { name: 'action 2.3' }).click();
  await expect(page).toHaveURL(/\/en\/actions\/2-3\/$/);
});

test('programme 8 states its 6 unnamed actions instead of inventing any', async ({ page }) => {
  await page.goto('/en/programmes/management-of-flows-and-trafficking/');
  await expect(page.locator('#actions').locator('..')).toContainText('spread over 6 actions');
  await expect(page.getByTestId('action-list')).toHaveCount(0);
});

test('each objective and action has a plain permalink that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/actions/10-11/');
  const permalink = page.getByRole('link', { name: /Permalink/ });
  await expect(permalink).toHaveAttribute('href', '/en/actions/10-11/');
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await context.close();
});

test('the copy-link button copies the absolute permalink', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/en/objectives/osp-5/');
  // The page also has the citation's copy button, with its own status: the permalink's is the one beside it.
  await page.getByTestId('permalink').getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByTestId('permalink').getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/objectives\/osp-5\/$/);
  await context.close();
});
