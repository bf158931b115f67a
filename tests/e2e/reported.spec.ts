/**
 * "What the sources report", the regularisation page and the facts dataset. Every count is
 * read from the content files (content/…/*.mdx), never typed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { languages } from './site';

const CONTENT = path.resolve(__dirname, '../../content');
const frontmatter = (file: string) => /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(CONTENT, file), 'utf8'))![1]!;
/** Counts in one content file: reported facts, conflicts with their sides, citations. */
function evidenceIn(file: string) {
  const fm = frontmatter(file);
  const conflicts = fm.split(/^ {2}- topic: /m).slice(1).map((block) => (block.match(/^ {6}- source: /gm) ?? []).length);
  return {
    reported: (fm.match(/^ {2}- statement: /gm) ?? []).length,
    conflicts,
    citations: (fm.match(/^ {2}- about: /gm) ?? []).length,
  };
}
const filesIn = (dir: string) => readdirSync(path.join(CONTENT, dir)).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`);
const slugOf = (file: string) => /^slug: (\S+)$/m.exec(frontmatter(file))![1]!;

test('the regularisation page shows every conflict as a table of its sides, and every reported fact, in each language', async ({ page }) => {
  const { reported, conflicts } = evidenceIn('topics/regularisation.mdx');
  expect(conflicts.length).toBeGreaterThan(0);
  for (const l of languages) {
    await page.goto(`/${l}/regularisation/`);
    const tables = page.getByTestId('sources-differ');
    await expect(tables).toHaveCount(conflicts.length);
    for (const [i, sides] of conflicts.entries()) await expect(tables.nth(i).getByTestId('conflict-side')).toHaveCount(sides);
    await expect(page.getByTestId('reported-fact')).toHaveCount(reported);
    // The conflicting shares are visible at a glance, in the sources' own words.
    for (const figure of ['65 pc', 'More than 85.53%', '92 pc']) await expect(tables.getByText(figure, { exact: false }).first()).toBeVisible();
    // Each fact names its source's kind in words.
    await expect(page.getByTestId('reported-fact').first().getByTestId('source-words')).toContainText(/\(.+\)/);
  }
});

test('the regularisation page works without JavaScript, and Latin text in Arabic is isolated', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/regularisation/');
  await expect(page.getByTestId('reported-fact')).toHaveCount(evidenceIn('topics/regularisation.mdx').reported);
  const quote = page.getByTestId('conflict-side').first().locator('q');
  await expect(quote).toHaveAttribute('lang', 'en');
  await expect(quote).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('reported-fact').first().locator('bdi').first()).toHaveAttribute('dir', 'ltr');
  await context.close();
});

test('the SNIA adoption and governance page shows each conflict with all its sides and every reported fact, in each language', async ({ page }) => {
  const file = 'topics/strategy.mdx';
  const { reported, conflicts } = evidenceIn(file);
  expect(reported).toBeGreaterThan(0);
  expect(conflicts.length).toBeGreaterThan(0);
  for (const l of languages) {
    await page.goto(`/${l}/${slugOf(file)}/`);
    const tables = page.getByTestId('sources-differ');
    await expect(tables).toHaveCount(conflicts.length);
    for (const [i, sides] of conflicts.entries()) await expect(tables.nth(i).getByTestId('conflict-side')).toHaveCount(sides);
    await expect(page.getByTestId('reported-fact')).toHaveCount(reported);
    await expect(page.getByTestId('editorial-grouping')).toHaveCount(0);
  }
});

test('each programme page lists the facts its file reports, labelled as this site\'s grouping', async ({ page }) => {
  let total = 0;
  for (const file of filesIn('snia/programmes')) {
    const { reported } = evidenceIn(file);
    total += reported;
    await page.goto(`/en/programmes/${slugOf(file)}/`);
    await expect(page.getByTestId('reported-fact'), file).toHaveCount(reported);
    if (reported > 0) await expect(page.getByTestId('editorial-grouping')).toBeVisible();
  }
  expect(total).toBeGreaterThan(0);
});

test('each project page lists its reported facts and one "Sources differ" box per conflict', async ({ page }) => {
  for (const file of filesIn('iom/projects')) {
    const { reported, conflicts } = evidenceIn(file);
    await page.goto(`/en/projects/${slugOf(file)}/`);
    await expect(page.getByTestId('reported-fact'), file).toHaveCount(reported);
    await expect(page.getByTestId('sources-differ'), file).toHaveCount(conflicts.length);
    await expect(page.getByTestId('editorial-grouping')).toHaveCount(0);
  }
});

test('the facts dataset has one row per reported fact, note and conflict side, and validates', async ({ request }) => {
  // Every file whose page shows evidence: entity pages and subject pages.
  const files = ['snia/programmes', 'snia/objectives', 'snia/actions', 'iom/thematic-areas', 'iom/projects', 'iom/donors', 'topics'].flatMap(filesIn);
  const expected = files.map(evidenceIn).reduce((n, e) => n + e.reported + e.citations + e.conflicts.reduce((a, b) => a + b, 0), 0);
  const data = await (await request.get('/data/facts.json')).json() as { count: number; records: Array<Record<string, unknown>> };
  expect(data.count).toBe(expected);
  expect(data.records).toHaveLength(expected);
  const schema = await (await request.get('/data/facts.schema.json')).json() as object;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  for (const r of data.records) expect(['moroccan-government', 'un-system', 'donor-government', 'press']).toContain(r.tier);
  const csv = await (await request.get('/data/facts.csv')).text();
  expect(csv.trim().split('\r\n').length).toBeGreaterThan(expected); // header + rows (quotes may hold line breaks)
});

test('the asylum path lists its steps in order and every line as a click-to-call link dialling the number shown', async ({ page }) => {
  const fm = frontmatter('topics/asylum.mdx');
  const steps = (fm.match(/^ {2}- statement: /gm) ?? []).length;
  const displays = [...fm.matchAll(/^ {8}display: "(.+)"$/gm)].map((m) => m[1]!);
  expect(displays.length).toBeGreaterThan(0);
  for (const l of languages) {
    await page.goto(`/${l}/asylum/`);
    await expect(page.getByTestId('asylum-step')).toHaveCount(steps);
    const links = page.locator('main a[href^="tel:"]');
    await expect(links).toHaveCount(displays.length);
    const shown = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.textContent!, a.getAttribute('dir')]));
    expect(shown.map(([, text]) => text)).toEqual(displays);
    for (const [href, text, dir] of shown) {
      expect(href!.replace('tel:+', '')).toBe(text!.replace('(0)', '').replace(/\D/g, ''));
      expect(dir).toBe('ltr');
    }
  }
});
