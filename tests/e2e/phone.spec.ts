// On a 360 px phone, in the three languages: citations that can be copied, the strategy map
// with every objective in view, the funding table, bidi isolation on Arabic pages, tap targets.
import { expect, test, type Page } from '@playwright/test';
import { content } from '../../lib/content';
import { inLanguage, languages, pageOfEachType } from './site';

const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE });

/** Pages that state facts and show a citation: the home totals, lists, the funding table, a topic, entities. */
const citedPages = ['/en/', '/en/programmes/', '/en/objectives/', '/en/projects/', '/en/donors/', '/en/funding/', '/en/regularisation/', '/en/objectives/osp-5/', pageOfEachType.project];

for (const l of languages) {
  test(`citations (${l}): every fact-stating page names this site and its sources, and its copy button copies that text`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const path of citedPages.map((p) => inLanguage(p, l))) {
      await page.goto(path);
      const block = page.getByTestId('cite-this');
      await expect(block, path).toHaveCount(1);
      const citation = block.getByTestId('citation');
      const siteName = (await page.locator('meta[property="og:site_name"]').getAttribute('content'))!;
      await expect(citation, path).toContainText(`${siteName}.`);
      await expect(citation, path).toContainText(new URL(page.url()).pathname);
      // Every source the page's source note names is in its citation.
      for (const href of await page.getByTestId('source-note').locator('a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(citation, `${path} cites ${href}`).toContainText(href);
      }
      const button = block.getByRole('button');
      await button.click();
      await expect(block.getByRole('status')).not.toBeEmpty();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // The copied text is the block's text with the access date left for the reader ([date…]) and, in Arabic, isolates as FSI…PDI.
      const shown = (await citation.evaluate((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelector('[data-testid="access-date"]')!.textContent = '\u0000';
        clone.querySelector('[data-testid="preview-marker"]')?.remove();
        return clone.textContent!;
      }));
      const [before, after] = shown.split('\u0000') as [string, string];
      const plain = copied.replace(/[\u2068\u2069]/g, '');
      expect(plain.startsWith(before), `${path}: copied text starts as shown`).toBe(true);
      expect(plain.endsWith(after), `${path}: copied text ends as shown`).toBe(true);
      expect(plain.slice(before.length, plain.length - after.length)).toMatch(/^\[.+\]$/);
    }
  });
}

/** How far the page scrolls sideways (0 when it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const l of languages) {
  test(`the strategy map (${l}) at 360 px: every objective in view without sideways scrolling, focus always on screen, a table beside`, async ({ page }) => {
    await page.goto(`/${l}/`);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const map = page.getByTestId('strategy-map');
    await expect(map.getByTestId('strategy-map-row')).toHaveCount(content.programmes().length);
    const chips = map.getByTestId('objective-chip');
    await expect(chips).toHaveCount(content.objectives().length);
    for (const box of await chips.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // Tab through the map: every link focused lies within the viewport once focused.
    await map.getByRole('link').first().focus();
    const stops = await map.getByRole('link').count();
    for (let i = 0; i < stops; i += 1) {
      const where = await page.evaluate(() => {
        // Whole CSS pixels: focus scrolls to fractional positions (740.14 of a 740 px screen is on screen).
        const r = document.activeElement!.getBoundingClientRect();
        return { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top), bottom: Math.round(r.bottom), inMap: Boolean(document.activeElement!.closest('[data-testid="strategy-map"]')) };
      });
      expect(where.inMap).toBe(true);
      expect(where.left).toBeGreaterThanOrEqual(0);
      expect(where.right).toBeLessThanOrEqual(PHONE.width);
      expect(where.top).toBeGreaterThanOrEqual(0);
      expect(where.bottom).toBeLessThanOrEqual(PHONE.height);
      await page.keyboard.press('Tab');
    }
    await page.locator('summary', { hasText: /./ }).filter({ has: page.locator('xpath=..//table') }).first().click();
    await expect(page.locator('figure details table tbody tr')).toHaveCount(content.programmes().length);
  });
}

for (const l of languages) {
  test(`the funding table (${l}) at 360 px: start-aligned, no cut words, names linked, code names shown, a reachable scroll region`, async ({ page }) => {
    await page.goto(`/${l}/funding/`);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const region = page.getByTestId('funding-table-region');
    await expect(region).toHaveAttribute('role', 'region');
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName(/./);
    const table = page.getByTestId('funding-table');
    // Header and body cells align the same way (to the reading start).
    const aligns = await table.locator('th, td').evaluateAll((cells) => [...new Set(cells.map((c) => getComputedStyle(c).textAlign))]);
    expect(aligns).toEqual(['start']);
    // No cell's text runs past its box (a word cut off).
    const cut = await table.locator('th, td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(cut).toEqual([]);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(content.fundingRows().length);
    // Two links a row: the donor's name and the project's; the area is plain text.
    await expect(table.locator('tbody a')).toHaveCount(content.fundingRows().length * 2);
    // RIASE's pairs (its title does not hold its code name in any language) show it.
    const riase = content.fundingRows().filter((r) => r.project.shortName === 'RIASE');
    await expect(table.getByTestId('project-short-name').filter({ hasText: /^\(RIASE\)$/ })).toHaveCount(riase.length);
  });
}

/**
 * Text nodes with Latin letters inside `selector` that are not isolated: no ancestor up to the
 * container is a <bdi> or carries dir. Arabic text around them could reorder their punctuation.
 */
async function unisolatedLatin(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((containers) => containers.flatMap((container) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[A-Za-z]/.test(node.textContent ?? '')) continue;
      let el = node.parentElement;
      let isolated = false;
      while (el && el !== container.parentElement) {
        if (el.tagName === 'BDI' || el.hasAttribute('dir')) { isolated = true; break; }
        el = el.parentElement;
      }
      if (!isolated && !node.parentElement!.closest('.sr-only')) found.push(node.textContent!.trim());
    }
    return found;
  }));
}

test('bidi on Arabic pages: citations, source notes, notes and "Sources differ" boxes isolate every Latin fragment', async ({ page }) => {
  const checked: string[] = [];
  const loose: string[] = [];
  for (const path of ['/ar/', '/ar/funding/', pageOfEachType.project, '/ar/donors/idf/', '/ar/regularisation/', '/ar/programmes/health/'].map((p) => inLanguage(p, 'ar'))) {
    await page.goto(path);
    for (const selector of ['[data-testid="citation"]', '[data-testid="source-note"]', '[data-testid="citations"] li', '[data-testid="sources-differ"]']) {
      loose.push(...(await unisolatedLatin(page, selector)).map((text) => `${path} ${selector}: ${text}`));
      checked.push(...(await page.locator(selector).count() > 0 ? [selector] : []));
    }
  }
  expect(loose).toEqual([]);
  // Each kind of box was met at least on one page, so the sweep is not empty.
  expect(new Set(checked)).toEqual(new Set(['[data-testid="citation"]', '[data-testid="source-note"]', '[data-testid="citations"] li', '[data-testid="sources-differ"]']));
});

test('bidi on Arabic pages: codes such as "OSP 5" are isolated left to right and never split across lines', async ({ page }) => {
  const problems: string[] = [];
  for (const path of ['/ar/', '/ar/objectives/', '/ar/programmes/health/']) {
    await page.goto(path);
    const codes = page.locator('main [data-code]');
    expect(await codes.count(), path).toBeGreaterThan(0);
    const bad = await codes.evaluateAll((els) => els.filter((e) => e.getAttribute('dir') !== 'ltr' || getComputedStyle(e).whiteSpace !== 'nowrap' || e.getClientRects().length !== 1).map((e) => e.textContent));
    problems.push(...bad.map((b) => `${path} split or not isolated: ${b}`));
    // Every "OSP n" in the main text stands in such an isolate.
    const loose = await page.locator('main').evaluate((main) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/OSP\s*\d/.test(node.textContent ?? '') && !node.parentElement!.closest('[data-code]') && !node.parentElement!.closest('.sr-only, [hidden]')) out.push(node.textContent!);
      }
      return out;
    });
    problems.push(...loose.map((b) => `${path} loose: ${b}`));
  }
  expect(problems).toEqual([]);
});

test('Arabic donor lists: each name isolated, "و" never glued onto a Latin name', async ({ page }) => {
  await page.goto('/ar/projects/');
  const lists = page.getByTestId('project-list').locator('p');
  const joint = content.projects().filter((p) => p.donors.length > 1).length;
  const items = page.getByTestId('project-list').locator('bdi[data-list-item]');
  await expect(items).toHaveCount(content.projects().reduce((n, p) => n + p.donors.length, 0));
  expect(joint).toBeGreaterThan(0);
  const texts = await lists.allTextContents();
  expect(texts.filter((t) => /و[A-Za-z]/.test(t))).toEqual([]);
  expect(texts.filter((t) => / و /.test(t))).toHaveLength(joint);
});

/**
 * WCAG 2.5.8 Target Size (Minimum): a target is at least 24×24 CSS px, unless (Spacing) a
 * 24 px circle centred on its bounding box intersects no other target nor the circle of
 * another undersized target, or (Inline) it sits in a sentence / its size is set by the line
 * height of text around it. Inline here: an inline element whose block holds text outside
 * any target. The other exceptions (equivalent, user agent control, essential) are not used.
 */
async function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.sr-only, [hidden], details:not([open]) > :not(summary)');
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible).filter((e) => !e.closest('svg'));
    const blockOf = (e: Element) => {
      let el: Element | null = e.parentElement;
      while (el && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
      return el;
    };
    const ownText = (block: Element) => {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement!.closest(selector) && !n.parentElement!.closest('.sr-only')) text += n.textContent;
      return text.replace(/[\s·,;:()،؛]/g, '');
    };
    const inline = (e: Element) => getComputedStyle(e).display === 'inline' && ownText(blockOf(e)!).length > 0;
    const rects = new Map(targets.map((e) => [e, e.getBoundingClientRect()]));
    const small = targets.filter((e) => rects.get(e)!.width < 24 - 0.5 || rects.get(e)!.height < 24 - 0.5);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleHitsRect = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < 12 * 12;
    };
    const nested = (a: Element, b: Element) => a.contains(b) || b.contains(a);
    return small.filter((e) => !inline(e)).filter((e) => {
      const c = centre(rects.get(e)!);
      const hitsTarget = targets.some((o) => o !== e && !nested(o, e) && circleHitsRect(c, rects.get(o)!));
      const hitsCircle = small.some((o) => {
        if (o === e || nested(o, e)) return false;
        const d = centre(rects.get(o)!);
        return Math.hypot(c.x - d.x, c.y - d.y) < 24;
      });
      return hitsTarget || hitsCircle;
    }).map((e) => {
      const r = rects.get(e)!;
      return `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    });
  });
}

const tapPages = [pageOfEachType.home, pageOfEachType.programme, pageOfEachType.objective, pageOfEachType.funding];
for (const l of languages) {
  test(`tap targets (${l}) at 360 px: every link and button is 24×24 px or spaced or inline in text (WCAG 2.5.8)`, async ({ page }) => {
    for (const path of tapPages.map((p) => inLanguage(p, l))) {
      await page.goto(path);
      expect(await undersizedTargets(page), path).toEqual([]);
    }
  });
}
