import { expect, test, type Page } from '@playwright/test';
import { allSitePages } from '../../lib/site-pages';
import { arabicFontWeights } from '../../lib/fonts/arabic-subset';
import { exportedPages, inLanguage, languages, pageOfEachType } from './site';

test('every English page has a French and an Arabic twin', () => {
  const pages = new Set(exportedPages());
  const english = [...pages].filter((p) => p.startsWith('/en/'));
  expect(english).toEqual(allSitePages().filter((p) => p.locale === 'en').map((p) => p.path).sort());
  const missing = english.flatMap((p) => (['fr', 'ar'] as const).map((l) => inLanguage(p, l)).filter((twin) => !pages.has(twin)));
  expect(missing).toEqual([]);
  expect([...pages].filter((p) => /^\/(fr|ar)\//.test(p)).length).toBe(english.length * 2);
});

test('the language switcher lands on the same entity, in the other language', async ({ page }) => {
  await page.goto(pageOfEachType.objective);
  const englishTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByTestId('language-switcher').getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/objectives\/osp-5\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Objectif spécifique OSP 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(englishTitle!);
  await page.getByTestId('language-switcher').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/objectives\/osp-5\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('الهدف الخاص OSP 5')).toBeVisible();
  await page.getByTestId('language-switcher').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/objectives\/osp-5\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle!);
});

test('the switcher works without JavaScript, from a page of every type', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of Object.values(pageOfEachType).filter((p) => !p.includes('no-such-page'))) {
    await page.goto(inLanguage(path, 'ar'));
    const hrefs = await page.getByTestId('language-switcher').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs, path).toEqual([path, inLanguage(path, 'fr')]);
  }
  await context.close();
});

/** Horizontal extent of the first and last visible items of a list. */
async function firstAndLast(page: Page, selector: string) {
  const boxes = await page.locator(selector).evaluateAll((items) => items.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ left: r.left, right: r.right })));
  return { first: boxes[0]!, last: boxes.at(-1)!, count: boxes.length };
}

for (const path of [pageOfEachType.objective, pageOfEachType.project]) {
  test(`Arabic is mirrored: breadcrumb, navigation and page start on the right (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(inLanguage(path, 'ar'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const crumbs = await firstAndLast(page, '[data-testid="breadcrumbs"] li');
    expect(crumbs.first.left, 'breadcrumb: the first item is right of the last').toBeGreaterThan(crumbs.last.right);
    const nav = await firstAndLast(page, '[data-testid="main-nav"] li');
    expect(nav.first.left).toBeGreaterThan(nav.last.right);
    // The h1 is aligned to the right edge of the main column, not the left.
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(main!.x + main!.width - (h1!.x + h1!.width)).toBeLessThan(40);
    expect(h1!.x).toBeGreaterThan(width - main!.x - main!.width - 1);
    // The same page in English reads the other way.
    await page.goto(inLanguage(path, 'en'));
    const ltr = await firstAndLast(page, '[data-testid="breadcrumbs"] li');
    expect(crumbs.count, 'as many breadcrumb items as in English').toBe(ltr.count);
    expect(ltr.first.right).toBeLessThan(ltr.last.left);
  });
}

test('Arabic: the previous/next arrows point outwards, mirrored, and previous sits on the right', async ({ page }) => {
  await page.goto(inLanguage(pageOfEachType.objective, 'ar'));
  const prev = page.getByTestId('prev-next').locator('a[rel="prev"]');
  const next = page.getByTestId('prev-next').locator('a[rel="next"]');
  expect((await prev.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x);
  // Tailwind's scale utilities set the CSS `scale` property: "-1 1" is a horizontal mirror.
  const scaleOf = (rel: string) => page.getByTestId('prev-next').locator(`a[rel="${rel}"] span[aria-hidden]`).evaluate((el) => getComputedStyle(el).scale);
  expect(await scaleOf('prev')).toBe('-1 1');
  expect(await scaleOf('next')).toBe('-1 1');
  await page.goto(pageOfEachType.objective);
  expect(await scaleOf('prev')).toBe('none');
});

test('Arabic pages use the self-hosted Naskh font, loaded from this site only', async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'font') fonts.push(r.url()); });
  await page.goto(inLanguage(pageOfEachType.programme, 'ar'));
  await page.evaluate(() => document.fonts.ready);
  expect(new Set(fonts).size, 'one file per weight the site cuts').toBe(arabicFontWeights.length);
  for (const url of fonts) expect(url.startsWith(baseURL!)).toBe(true);
  const used = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  expect(used.join(' ')).toMatch(/naskh|Naskh|NF|font/i);
  // English and French pages never download it.
  const other = await page.context().newPage();
  const otherFonts: string[] = [];
  other.on('request', (r) => { if (r.resourceType() === 'font') otherFonts.push(r.url()); });
  await other.goto(inLanguage(pageOfEachType.programme, 'fr'));
  await other.waitForLoadState('networkidle');
  expect(otherFonts).toEqual([]);
});

test('numbers and dates follow each language', async ({ page }) => {
  await page.goto(inLanguage(pageOfEachType.iom, 'fr'));
  await expect(page.locator('strong').filter({ hasText: /^103[\u202f\u00a0 ]000$/ })).toBeVisible();
  await expect(page.getByTestId('source-note')).toContainText('23 novembre 2026');
  await page.goto(inLanguage(pageOfEachType.iom, 'ar'));
  await expect(page.locator('strong').filter({ hasText: /^103\.000$/ })).toBeVisible();
  await page.goto(inLanguage(pageOfEachType.iom, 'en'));
  await expect(page.locator('strong').filter({ hasText: /^103,000$/ })).toBeVisible();
});

/** Text that is plainly in a language: a few of its commonest words, or its script. */
const looksLike: Record<(typeof languages)[number], string> = {
  en: '\\b(the|and|of|with|for)\\b',
  fr: '\\b(les|des|avec|pour|et)\\b',
  ar: '[\\u0621-\\u064a]',
};

for (const language of languages) {
  test(`every text a reader sees on the ${language} home is in ${language}: lang attributes mark the rest`, async ({ page }) => {
    await page.goto(`/${language}/`);
    // Elements whose own text is in one of the other languages: each must sit inside an
    // element whose lang says so.
    const others = languages.filter((l) => l !== language).map((l) => [l, looksLike[l]] as const);
    const unmarked = await page.evaluate(([lang, patterns]) => {
      const ownText = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').filter((t) => !/^\s*https?:/.test(t)).join(' ');
      return [...document.querySelectorAll('main *')].flatMap((el) => patterns
        .filter(([, pattern]) => new RegExp(pattern, 'i').test(ownText(el)))
        .filter(() => el.closest('[lang]')?.getAttribute('lang') === lang)
        .map(([other]) => `${other}: ${ownText(el).slice(0, 60)}`));
    }, [language, others] as const);
    expect(unmarked).toEqual([]);
  });
}

for (const [language, query, expectedPath] of [
  ['fr', 'santé', '/fr/programmes/health/'],
  ['ar', 'الصحة', '/ar/programmes/health/'],
] as const) {
  test(`search in ${language}: "${query}" finds ${language} pages only`, async ({ page }) => {
    await page.goto(`/${language}/search/?q=${encodeURIComponent(query)}`);
    const links = page.getByTestId('search-results').getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.every((h) => h.startsWith(`/${language}/`)), hrefs.join(' ')).toBe(true);
    expect(hrefs).toContain(expectedPath);
  });
}

test('the English search does not return French or Arabic pages', async ({ page }) => {
  await page.goto('/en/search/?q=RAMED');
  const links = page.getByTestId('search-results').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('Arabic pages name IOM as the sources write it, with no Arabic expansion the sources do not give', async ({ page }) => {
  for (const path of ['/ar/', '/ar/iom/', '/ar/projects/']) {
    await page.goto(path);
    await expect(page.locator('body')).not.toContainText('المنظمة الدولية للهجرة');
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IOM');
});
