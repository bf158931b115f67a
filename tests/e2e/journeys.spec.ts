/**
 * Issue 19, "Two taps to an answer": the home page's doors, the phone header, the help page and
 * "What this means for you", measured on a 360 × 740 phone screen in each language. Every
 * expected number, label and count is read from the content files and the message files,
 * never typed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { languages, type Language } from './site';

const PHONE = { width: 360, height: 740 };
const ROOT = path.resolve(__dirname, '../..');
const CONTENT = path.join(ROOT, 'content');
const frontmatter = (file: string) => /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
const messages = (l: Language) => JSON.parse(readFileSync(path.join(ROOT, `lib/i18n/messages/${l}.json`), 'utf8'));

/** Programmes whose file marks reported facts `forYou`: slug → how many. */
function forYouByProgramme(): Map<string, number> {
  const dir = path.join(CONTENT, 'snia/programmes');
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
    const fm = frontmatter(path.join(dir, f));
    return [/^slug: (\S+)$/m.exec(fm)![1]!, (fm.match(/^ {4}forYou: true$/gm) ?? []).length] as const;
  }));
}

/** Every number to call the contacts and the asylum page's lines give (not fax: `fax.e164` is indented 2), as tel: links dial them. */
function phonesIn(file: string): string[] {
  return [...frontmatter(path.join(CONTENT, file)).matchAll(/^ {4,}e164: "(\+\d+)"$/gm)].map((m) => m[1]!);
}
const objectiveCount = readdirSync(path.join(CONTENT, 'snia/objectives')).filter((f) => f.endsWith('.mdx')).length;
const contactFiles = readdirSync(path.join(CONTENT, 'iom/contacts')).map((f) => `iom/contacts/${f}`);
/** The ministry's help line: the contact phone marked helpLine. */
const helpLine = /e164: "(\+\d+)"\n {4}hours: "[^"]+"\n {4}helpLine: true/.exec(frontmatter(path.join(CONTENT, 'iom/contacts/ministry.mdx')))![1]!;

async function phonePage(browser: import('@playwright/test').Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

/** The element lies wholly inside the first screen (no scrolling). */
async function inFirstScreen(locator: Locator) {
  const box = (await locator.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}

/** Height of every visible link and control in the scope, with its text for the message. */
async function tapHeights(scope: Locator, selector: string) {
  return scope.locator(selector).evaluateAll((els) => els
    .filter((el) => (el as HTMLElement).checkVisibility())
    .map((el) => ({ what: `${el.tagName} ${(el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.getAttribute('href')}`, height: el.getBoundingClientRect().height, width: el.getBoundingClientRect().width })));
}

for (const l of languages) {
  test(`home at 360 × 740 (${l}): the site says what it is and that it is independent, and its three doors are visible without scrolling`, async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await page.goto(`/${l}/`);
    const t = messages(l);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.site.name);
    await expect(page.getByTestId('home-independent')).toHaveText(t.home.independentNote);
    for (const [id, title] of [['door-help', t.home.doorHelp], ['door-strategy', t.home.doorStrategy], ['door-iom', t.home.doorIom]]) {
      const door = page.getByTestId(id);
      await expect(door).toContainText(title);
      await inFirstScreen(door);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // No sentence of the page's prose is said twice (the strategy map names the programmes the list below it names too).
    const sentences = await page.locator('main').evaluate((main) => [...main.querySelectorAll('p')].filter((p) => !p.closest('[data-testid="strategy-map"]')).map((p) => p.innerText).join('\n')
      .split(/(?<=[.!?؟])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6));
    const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(repeated).toEqual([]);
    await context.close();
  });

  test(`phone header (${l}): at most 15 % of a 360 × 740 screen, every link and control at least 24 px tall, the search example not cut off`, async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    for (const where of [`/${l}/`, `/${l}/programmes/health/`, `/${l}/help/`]) {
      await page.goto(where);
      const header = page.getByTestId('site-header');
      const { height } = (await header.boundingBox())!;
      expect(height, where).toBeLessThanOrEqual(0.15 * PHONE.height);
      const heights = await tapHeights(header, 'a[href], summary, button, input');
      // The site's name, the other languages, Help, the menu, the search field and its button.
      expect(heights.map((h) => h.what), where).toHaveLength(1 + (languages.length - 1) + 1 + 1 + 2);
      for (const h of heights) expect(h.height, `${where}: ${h.what}`).toBeGreaterThanOrEqual(24);
    }
    // The placeholder fits the field: typed in as a value, the example does not overflow the
    // field's text box (which also leaves room for the search field's clear button).
    const fit = await page.locator('#header-search').evaluate((input: HTMLInputElement) => {
      input.value = input.placeholder;
      const widths = { text: input.placeholder, scroll: input.scrollWidth, client: input.clientWidth };
      input.value = '';
      return widths;
    });
    expect(fit.text.length).toBeGreaterThan(0);
    expect(fit.scroll, fit.text).toBeLessThanOrEqual(fit.client);
    // The opened menu's links are tap targets too.
    await page.getByTestId('header-menu').locator('summary').click();
    for (const h of await tapHeights(page.getByTestId('header-menu'), 'a[href]')) expect(h.height, h.what).toBeGreaterThanOrEqual(24);
    // Every phone link on the help page.
    const phones = await tapHeights(page.locator('main'), 'a[href^="tel:"]');
    expect(phones.length).toBeGreaterThan(0);
    for (const h of phones) expect(h.height, h.what).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  test(`two taps from /${l}/ at 360 px: the health programme's "What this means for you", and the help line`, async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    const t = messages(l);
    let taps = 0;
    const tap = async (link: Locator) => {
      taps += 1;
      await link.click();
    };
    // Health: the help door, then the health programme among the services.
    await page.goto(`/${l}/`);
    await tap(page.getByTestId('door-help'));
    await expect(page).toHaveURL(new RegExp(`/${l}/help/$`));
    await tap(page.getByTestId('help-services').locator(`a[href="/${l}/programmes/health/"]`));
    await expect(page).toHaveURL(new RegExp(`/${l}/programmes/health/$`));
    const forYou = page.getByTestId('for-you');
    await expect(forYou.getByRole('heading', { level: 2 })).toHaveText(t.reported.forYouHeading);
    await expect(forYou.getByTestId('reported-fact')).toHaveCount(forYouByProgramme().get('health')!);
    expect(taps).toBeLessThanOrEqual(2);
    // The help line: one tap on the header's Help, from the page the reader is on.
    taps = 0;
    await tap(page.getByTestId('header-help'));
    await expect(page).toHaveURL(new RegExp(`/${l}/help/$`));
    const line = page.getByTestId('help-line').locator(`a[href="tel:${helpLine}"]`);
    await expect(line).toBeVisible();
    expect(taps).toBeLessThanOrEqual(2);
    // And from the home page, through its door.
    taps = 0;
    await page.goto(`/${l}/`);
    await tap(page.getByTestId('door-help'));
    await expect(page.getByTestId('help-line').locator(`a[href="tel:${helpLine}"]`)).toBeVisible();
    expect(taps).toBeLessThanOrEqual(2);
    await context.close();
  });

  test(`help page (${l}): every contact's and every asylum line's number to call, each with its source; the services and the asylum page linked`, async ({ page }) => {
    await page.goto(`/${l}/help/`);
    const t = messages(l);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.helpPage.title);
    await expect(page.getByTestId('help-line')).toContainText(t.helpPage.hours.replace('{hours}', ''));
    const expected = [...contactFiles.flatMap(phonesIn), ...phonesIn('topics/asylum.mdx')];
    const tel = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));
    // The help line shows twice (leading the page, and in the ministry's card); every other number once.
    expect([...new Set(tel)].sort()).toEqual([...new Set(expected)].sort());
    expect(tel).toHaveLength(expected.length + 1);
    for (const card of await page.getByTestId('contact-card').all()) await expect(card.getByTestId('contact-sources').locator('a[href^="http"]').first()).toBeVisible();
    await expect(page.getByTestId('helpline')).toHaveCount((frontmatter(path.join(CONTENT, 'topics/asylum.mdx')).match(/^ {2}- name: /gm) ?? []).length);
    for (const line of await page.getByTestId('helpline').all()) await expect(line.getByTestId('source-words').locator('a[href^="http"]')).toHaveCount(1);
    const services = [...forYouByProgramme()].filter(([, n]) => n > 0).map(([slug]) => `/${l}/programmes/${slug}/`);
    expect(services.length).toBeGreaterThan(0);
    const linked = await page.getByTestId('help-services').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(linked.sort()).toEqual(services.sort());
    await expect(page.locator(`main a[href="/${l}/asylum/"]`)).toHaveCount(1);
  });

  test(`contact page (${l}): the labels around each office are in the page's language`, async ({ page }) => {
    await page.goto(`/${l}/contact/`);
    const t = messages(l);
    const cards = page.getByTestId('contact-card');
    await expect(cards).toHaveCount(contactFiles.length);
    for (const card of await cards.all()) {
      await expect(card).toContainText(t.contact.address);
      await expect(card.getByTestId('contact-sources')).toContainText(t.reported.source);
    }
    if (l !== 'en') {
      const english = messages('en');
      for (const label of [english.contact.address, `${english.reported.source}:`]) await expect(cards.getByText(label, { exact: true })).toHaveCount(0);
    }
  });

  test(`"OSP" is explained where readers meet it (${l})`, async ({ page }) => {
    const text = messages(l).objectivesPage.ospExplained.replace('{last}', String(objectiveCount)).replace(/<\/?code>/g, '');
    for (const where of [`/${l}/objectives/`, `/${l}/programmes/health/`]) {
      await page.goto(where);
      await expect(page.getByTestId('osp-explained')).toHaveText(text);
    }
  });
}

test('each programme page opens with "What this means for you" exactly where its file marks facts forYou', async ({ page }) => {
  const byProgramme = forYouByProgramme();
  expect([...byProgramme.values()].filter((n) => n > 0)).toHaveLength(6);
  for (const [slug, count] of byProgramme) {
    await page.goto(`/en/programmes/${slug}/`);
    const section = page.getByTestId('for-you');
    if (count === 0) {
      await expect(section, slug).toHaveCount(0);
      continue;
    }
    await expect(section.getByTestId('reported-fact'), slug).toHaveCount(count);
    // It comes first: before the official wording, the summary and the strategy text.
    const before = await section.evaluate((s) => {
      const h1 = document.querySelector('h1')!;
      const next = document.querySelector('main h2:not(#for-you)')!;
      return Boolean(h1.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(s.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before, slug).toBe(true);
    await expect(section.getByTestId('source-words').locator('a[href^="http"]')).toHaveCount(count);
  }
});

test('the phone menu opens without JavaScript and leads to its pages', async ({ browser }) => {
  const { context, page }: { context: import('@playwright/test').BrowserContext; page: Page } = await phonePage(browser, false);
  await page.goto('/fr/');
  const menu = page.getByTestId('header-menu');
  await expect(menu.getByRole('link', { name: messages('fr').header.contact })).toBeHidden();
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: messages('fr').header.contact }).click();
  await expect(page).toHaveURL(/\/fr\/contact\/$/);
  await context.close();
});
