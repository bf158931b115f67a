import { expect, test } from '@playwright/test';
import { commonHeaders, headerPolicy } from '../../deploy/security-headers.mjs';
import { pageOfEachTypeInEachLanguage } from './site';

test('every response carries the security headers, and the CSP forbids eval, inline scripts and framing', async ({ request }) => {
  for (const path of [...pageOfEachTypeInEachLanguage().map(([, p]) => p), '/', '/data/funding.csv', '/sitemap.xml']) {
    const res = await request.get(path);
    const headers = res.headers();
    for (const [key, value] of Object.entries(commonHeaders)) expect(headers[key.toLowerCase()], `${path}: ${key}`).toBe(value);
    const html = (headers['content-type'] ?? '').startsWith('text/html');
    expect(headers['content-security-policy'], path).toBe(html ? headerPolicy.page : headerPolicy.other);
    // A page's script and style policy is its own first <head> element (scripts/write-headers.mjs).
    const csp = html ? /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await res.text())?.[1] ?? '' : headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("'unsafe-eval'");
    expect(csp, path).not.toContain("'unsafe-inline'");
  }
});

test('a script injected into a built page is refused by the page\'s own policy', async ({ page }) => {
  const path = '/en/objectives/osp-5/';
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // The page as built, with what a hostile content body would add, in the body where content goes.
  await page.route(`**${path}`, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('<main', '<script>window.injected=1</script><style>main{display:none}</style><main');
    await route.fulfill({ response: res, body: html });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  await expect(page.locator('main')).toBeVisible();
  expect(violations.join('\n')).toMatch(/script/i);
  // The site's own scripts, hashed into the policy, still ran: the copy-link button was shown.
  await expect(page.getByTestId('permalink').getByRole('button')).toBeVisible();
});

for (const [label, path] of pageOfEachTypeInEachLanguage()) {
  const type = label.split(' ')[0];
  test(`the ${label} page runs under its CSP without a single violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(type === 'search' ? `${path}?q=health` : path);
    await page.waitForLoadState('networkidle');
    // The scripts ran: the search page's React client, the objective page's copy-link enhancement.
    if (type === 'search') await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
    if (type === 'objective') await expect(page.getByTestId('permalink').getByRole('button')).toBeVisible();
    expect(violations).toEqual([]);
  });
}
