import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exportedPages, pageOfEachType, pageOfEachTypeInEachLanguage } from './site';

const OUT = path.resolve(__dirname, '../../out');
const htmlOf = (page: string) => readFileSync(path.join(OUT, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
/** Pages that must stay out of the sitemap: the language redirect and the 404 page. */
const notIndexed = new Set(['/', '/404.html']);

test('sitemap.xml lists every exported HTML page and nothing else', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed).toEqual(exportedPages().filter((p) => !notIndexed.has(p)));
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
});

test('every page has a canonical URL, Open Graph and Twitter metadata, and its own exported PNG image', () => {
  const images = new Set<string>();
  for (const page of exportedPages().filter((p) => !notIndexed.has(p))) {
    const html = htmlOf(page);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical && new URL(canonical).pathname, `${page}: canonical`).toBe(page);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      expect(html, `${page}: ${property}`).toContain(`<meta property="${property}" content="`);
    }
    expect(html, `${page}: twitter card`).toContain('<meta name="twitter:card" content="summary_large_image"');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, `${page}: og:image`).toBeTruthy();
    const file = readFileSync(path.join(OUT, new URL(image!).pathname));
    expect(file.subarray(1, 4).toString(), `${page}: image is a PNG`).toBe('PNG');
    expect([file.readUInt32BE(16), file.readUInt32BE(20)], `${page}: image size`).toEqual([1200, 630]);
    images.add(image!);
  }
  // Arabic pages share their English twin's image (the image renderer cannot shape Arabic).
  const arabic = exportedPages().filter((p) => p.startsWith('/ar/') && !notIndexed.has(p));
  for (const page of arabic) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(htmlOf(page))?.[1];
    expect(image, page).toBe(/<meta property="og:image" content="([^"]+)"/.exec(htmlOf(page.replace(/^\/ar\//, '/en/')))?.[1]);
  }
  expect(images.size, 'one image per English or French page').toBe(exportedPages().length - notIndexed.size - arabic.length);
});

type Ld = Record<string, unknown> & { '@type': string };
const jsonLdOf = (html: string): Ld[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Ld);

const expectedMainType: Partial<Record<keyof typeof pageOfEachType, { type: string; required: string[] }>> = {
  programme: { type: 'GovernmentService', required: ['name', 'url', 'identifier', 'description', 'areaServed'] },
  objective: { type: 'GovernmentService', required: ['name', 'url', 'identifier', 'isRelatedTo'] },
  action: { type: 'GovernmentService', required: ['name', 'url', 'identifier', 'description', 'isRelatedTo'] },
  project: { type: 'Project', required: ['name', 'url', 'funder'] },
  donor: { type: 'Organization', required: ['name', 'url'] },
  funding: { type: 'Dataset', required: ['name', 'description', 'distribution', 'isBasedOn'] },
  data: { type: 'DataCatalog', required: ['name', 'url', 'dataset'] },
};

for (const [label, page] of pageOfEachTypeInEachLanguage()) {
  const kind = label.split(' ')[0]!;
  if (kind === 'notFound') continue;
  test(`JSON-LD parses on the ${label} page, with a BreadcrumbList and the page's entity`, () => {
    const items = jsonLdOf(htmlOf(page));
    for (const item of items) expect(item['@context']).toBe('https://schema.org');
    const crumbs = items.find((i) => i['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ position: number; name: string }> } | undefined;
    expect(crumbs, 'BreadcrumbList').toBeTruthy();
    expect(crumbs!.itemListElement.map((e) => e.position)).toEqual(crumbs!.itemListElement.map((_, i) => i + 1));
    const expected = expectedMainType[kind as keyof typeof pageOfEachType];
    if (!expected) return;
    const main = items.find((i) => i['@type'] === expected.type);
    expect(main, expected.type).toBeTruthy();
    for (const property of expected.required) expect(main![property], `${expected.type}.${property}`).toBeTruthy();
    if (kind === 'project') expect((main!.funder as Ld[]).every((f) => f['@type'] === 'Organization' && f.name)).toBe(true);
  });
}

test('the funding diagram and the strategy map are SVGs with accessible names, and the map links every objective', async ({ page }) => {
  await page.goto(pageOfEachType.funding);
  await expect(page.getByRole('img', { name: 'Donors, projects and thematic areas of IOM Morocco' })).toBeVisible();
  await expect(page.getByTestId('funding-diagram').locator('desc')).toContainText('pairs');
  await page.goto(pageOfEachType.home);
  const map = page.getByRole('group', { name: /The SNIA at a glance/ });
  await expect(map).toBeVisible();
  const objectiveLinks = map.getByRole('link', { name: /^OSP \d+:/ });
  await expect(objectiveLinks).toHaveCount(27);
  await expect(page.getByTestId('strategy-map').getByRole('link', { name: /^\d+\. / })).toHaveCount(11);
  await page.getByText('The same as a table').click();
  await expect(page.getByRole('table', { name: 'Programmes and their specific objectives' }).getByRole('row')).toHaveCount(12);
});

test('pages print without navigation, with link targets written out and the citation kept', async ({ page }) => {
  await page.goto(pageOfEachType.project);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByTestId('citation')).toBeVisible();
  const link = page.locator('main p a[href^="/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(`(${await link.getAttribute('href')})`);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('body > header')).toBeVisible();
});
