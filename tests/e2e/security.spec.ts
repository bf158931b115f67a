import { expect, test } from '@playwright/test';
import { commonHeaders } from '../../deploy/security-headers.mjs';
import { pageOfEachTypeInEachLanguage } from './site';

test('every response carries the security headers, and the CSP forbids eval, inline scripts and framing', async ({ request }) => {
  for (const path of [...pageOfEachTypeInEachLanguage().map(([, p]) => p), '/', '/data/funding.csv', '/sitemap.xml']) {
    const res = await request.get(path);
    const headers = res.headers();
    for (const [key, value] of Object.entries(commonHeaders)) expect(headers[key.toLowerCase()], `${path}: ${key}`).toBe(value);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("'unsafe-eval'");
    expect(csp, path).not.toContain("'unsafe-inline'");
  }
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
    // Hydration must have happened: client components only work if their scripts ran.
    if (type === 'search') await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
    if (type === 'objective') await expect(page.getByTestId('permalink').getByRole('button')).toBeVisible();
    expect(violations).toEqual([]);
  });
}
