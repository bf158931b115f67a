import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { content } from '../../lib/content';
import { pageOfEachType } from './site';

const OUT = path.resolve(__dirname, '../../out');
const datasets = ['programmes', 'objectives', 'actions', 'thematic-areas', 'projects', 'donors', 'partners', 'funding'] as const;
type Dataset = (typeof datasets)[number];

/** How many records each dataset holds, from the site's content: one per entity, one per donor–project pair. */
const expectedCount: Record<Dataset, number> = {
  programmes: content.programmes().length,
  objectives: content.objectives().length,
  actions: content.actions().length,
  'thematic-areas': content.thematicAreas().length,
  projects: content.projects().length,
  donors: content.donors().length,
  partners: content.partners().length,
  funding: content.fundingRows().length,
};

interface DataFile { dataset: string; count: number; schema: string; sources: Array<{ id: string; url: string }>; records: Array<Record<string, unknown>> }

const getJson = async <T>(request: APIRequestContext, url: string): Promise<T> => {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
};

/** How many of each entity the exported pages show, counted from out/ and the pages. */
async function countOnPages(request: APIRequestContext, name: Dataset): Promise<number> {
  const dirs = (rel: string) => readdirSync(path.join(OUT, rel), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  switch (name) {
    case 'programmes': return dirs('en/programmes');
    case 'objectives': return dirs('en/objectives');
    case 'actions': return dirs('en/actions');
    case 'thematic-areas': return dirs('en/iom/areas');
    case 'projects': return dirs('en/projects');
    case 'donors': return dirs('en/donors');
    case 'partners': return ((await (await request.get('/en/partners/')).text()).match(/data-testid="partner"/g) ?? []).length;
    case 'funding': return ((await (await request.get('/en/funding/')).text()).split('<tbody')[1]?.match(/<tr/g) ?? []).length;
  }
}

for (const name of datasets) {
  test(`${name}: JSON validates against its schema, counts match the pages, CSV has the same rows`, async ({ request }) => {
    const data = await getJson<DataFile>(request, `/data/${name}.json`);
    const schema = await getJson<object>(request, `/data/${name}.schema.json`);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(new URL(data.schema).pathname).toBe(`/data/${name}.schema.json`);
    expect(data.count).toBe(data.records.length);
    expect(data.count).toBe(expectedCount[name]);
    expect(data.count).toBe(await countOnPages(request, name));
    // Every source a record cites is named in the file's sources.
    const named = new Set(data.sources.map((s) => s.id));
    expect(data.records.flatMap((r) => r.sources as string[]).filter((id) => !named.has(id))).toEqual([]);

    const csvRes = await request.get(`/data/${name}.csv`);
    expect(csvRes.headers()['content-type']).toContain('text/csv');
    const text = await csvRes.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual(Object.keys(data.records[0]!));
    const asCsv = (v: unknown) => (Array.isArray(v) ? v.join('; ') : v === null ? '' : String(v));
    expect(csv.data).toEqual(data.records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asCsv(v)]))));
  });
}

test('every entity has its own record file, following the same schema', async ({ request }) => {
  let checked = 0;
  for (const name of datasets.filter((d) => d !== 'funding')) {
    const data = await getJson<DataFile>(request, `/data/${name}.json`);
    const validate = new Ajv2020({ strict: false }).compile(await getJson<object>(request, `/data/${name}.schema.json`));
    for (const record of data.records) {
      const single = await getJson<DataFile>(request, new URL(String(record.record_url)).pathname);
      expect(validate(single), JSON.stringify(validate.errors)).toBe(true);
      expect(single.records).toEqual([record]);
      checked += 1;
    }
  }
  expect(checked).toBe(datasets.filter((d) => d !== 'funding').reduce((sum, d) => sum + expectedCount[d], 0));
});

const entityPages: Array<[string, string]> = [
  [pageOfEachType.programme, '/data/programmes/health.json'],
  [pageOfEachType.objective, '/data/objectives/osp-5.json'],
  [pageOfEachType.action, '/data/actions/3-4.json'],
  [pageOfEachType.area, '/data/thematic-areas/migration-health.json'],
  [pageOfEachType.project, '/data/projects/riase-voluntary-return-and-reintegration.json'],
  [pageOfEachType.donor, '/data/donors/government-of-spain.json'],
];
for (const [page, record] of entityPages) {
  test(`${page} links to its record ${record}`, async ({ page: browser }) => {
    await browser.goto(page);
    await expect(browser.getByTestId('data-links').getByRole('link', { name: 'this record (JSON)' })).toHaveAttribute('href', record);
  });
}

test('the data page documents every dataset and each of its fields', async ({ page, request }) => {
  await page.goto(pageOfEachType.data);
  for (const name of datasets) {
    const schema = await getJson<{ properties: { records: { items: { properties: Record<string, unknown> } } } }>(request, `/data/${name}.schema.json`);
    const section = page.locator(`section:has(h2#dataset-${name})`);
    await expect(section.getByRole('link', { name: `${name}.csv` })).toBeVisible();
    const fields = await section.locator('tbody th').allTextContents();
    expect(fields).toEqual(Object.keys(schema.properties.records.items.properties));
  }
});
