import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { content } from '../../lib/content';

test('from each donor page to each of its projects and back', async ({ page }) => {
  await page.goto('/en/donors/');
  const donorHrefs = await page.getByTestId('donor-list').locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(donorHrefs).toHaveLength(content.donors().length);
  for (const donorHref of donorHrefs) {
    await page.goto(donorHref);
    const donorName = (await page.getByRole('heading', { level: 1 }).textContent())!;
    const projectHrefs = await page.getByTestId('donor-projects').locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(projectHrefs.length, donorHref).toBe(content.projectsFundedBy(content.donors().find((d) => donorHref.endsWith(`/donors/${d.slug}/`))!).length);
    for (const projectHref of projectHrefs) {
      await page.goto(projectHref);
      const back = page.getByRole('main').locator(`a[href="${donorHref}"]`).first();
      await expect(back, `${projectHref} links back to ${donorHref}`).toBeVisible();
      await back.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(donorName);
    }
  }
});

test('the funding table has one row per donor–project pair, and the CSV the same rows', async ({ page, request }) => {
  // Pairs from the source: 8 single-donor projects + the AVRR project's four governments.
  await page.goto('/en/funding/');
  const rows = page.getByTestId('funding-table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  // A name cell's text is its link's (the project cell adds the code name after it); the area is plain text.
  const tableRows = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.querySelector('a') ?? c).textContent!.trim())));
  const shortNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('[data-testid="project-short-name"]')?.textContent ?? ''));
  expect(new Set(tableRows.map((r) => `${r[0]}|${r[1]}`)).size).toBe(12);

  const res = await request.get('/data/funding.csv');
  expect(res.headers()['content-type']).toContain('text/csv');
  const text = await res.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data.map((r) => [r.donor, r.project, r.thematic_area])).toEqual(tableRows);
  // The code name the CSV gives ("RIASE") is shown beside the title, unless the title already holds it ("…: FORAS").
  expect(csv.data.map((r) => (r.project_short_name && !r.project!.includes(r.project_short_name) ? `(${r.project_short_name})` : ''))).toEqual(shortNames);
  expect(shortNames.filter((n) => n === '(RIASE)')).toHaveLength(4);
});

test('the funding table sorts with JavaScript and is complete without it', async ({ page, browser }) => {
  await page.goto('/en/funding/');
  await page.getByRole('button', { name: /Donor/ }).click();
  const donors = await page.getByTestId('funding-table').locator('tbody tr th').allTextContents();
  expect(donors).toEqual([...donors].sort((a, b) => a.localeCompare(b, 'en')));
  await expect(page.getByRole('columnheader', { name: /Donor/ })).toHaveAttribute('aria-sort', 'ascending');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/funding/');
  await expect(noJs.getByTestId('funding-table').locator('tbody tr')).toHaveCount(12);
  await expect(noJs.getByTestId('funding-table').getByRole('button')).toHaveCount(0);
  await context.close();
});

test('the AVRR project lists its four government donors', async ({ page }) => {
  await page.goto('/en/projects/riase-voluntary-return-and-reintegration/');
  for (const name of ['Morocco', 'Spain', 'Norway', 'Switzerland']) {
    await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`Government of ${name}`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /editorial link/ })).toBeVisible();
});

test('contact links are exact', async ({ page }) => {
  await page.goto('/en/contact/');
  const main = page.getByRole('main');
  for (const tel of ['+212537652881', '+212537776564', '+212537776588', '+212661076060']) {
    await expect(main.locator(`a[href="tel:${tel}"]`)).toHaveCount(1);
  }
  await expect(main.locator('a[href="mailto:iomrabat@iom.int"]')).toHaveText('iomrabat@iom.int');
  await expect(main).toContainText('4:30 pm to 6:30 pm');
});

test('a project page carries a citation with the permalink and the access date', async ({ page }) => {
  await page.goto('/en/projects/riase-voluntary-return-and-reintegration/');
  const citation = page.getByTestId('citation');
  await expect(citation).toContainText('/en/projects/riase-voluntary-return-and-reintegration/');
  await expect(citation).toContainText('Funded by');
  const today = (intlLocale: string) => page.evaluate((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long' }).format(new Date()), intlLocale);
  await expect(page.getByTestId('access-date')).toHaveText(await today('en-GB'));
  // In Arabic, Moroccan month names and Western digits, as Intl writes them for ar-MA.
  await page.goto(page.url().replace('/en/', '/ar/'));
  await expect(page.getByTestId('access-date')).toHaveText(await today('ar-MA'));
});
