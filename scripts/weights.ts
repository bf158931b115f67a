/**
 * Page weight of the exported site: gzip sizes of each page's HTML, the CSS it links, the
 * JavaScript files a modern browser loads (the `noModule` polyfill chunk is skipped: modern
 * browsers never fetch it) and the web fonts its CSS declares (the Arabic face on Arabic
 * pages only: Latin pages never use it, so a browser never downloads it there). Together,
 * what a first visit to the page costs.
 *
 * Pages carry no framework runtime (scripts/strip-framework.mjs): their only scripts are the
 * site's small inline enhancements, counted in their HTML. The pages that keep the runtime
 * (HYDRATED_PAGES: search) are held to the framework baseline, Next's own runtime
 * (rootMainFiles in .next/build-manifest.json), plus what the site adds on top.
 *
 * `npx tsx scripts/weights.ts` prints the table; tests/e2e/budgets.spec.ts enforces it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HYDRATED_PAGES } from './hydrated-pages.mjs';

export const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out');

/**
 * A first visit (HTML + CSS + JS + fonts, gzip) to a page of any type ≤ 30 KB; on an Arabic
 * page, plus the Arabic face (arabicFontKb: both weights, subset to Modern Standard Arabic,
 * 23.4 KB; Latin pages never download it). HTML alone ≤ 15 KB, CSS ≤ 15 KB. Pages with the
 * framework runtime (search): JS ≤ the baseline + 10 KB.
 */
export const budgets = { firstVisitKb: 30, arabicFontKb: 24, htmlKb: 15, cssKb: 15, jsOverBaselineKb: 10 };

/**
 * Pages with budgets of their own, and why, by path without the language ("/timeline/index.html").
 * The timeline lists every dated fact of the site (60 now, and 7 date ranges the sources
 * dispute) with its page and source: 18–24 KB of HTML (half what it was while it carried the
 * RSC payload, the page's content again as data), so its first visit is its HTML budget and
 * the CSS. The search page keeps React to render its results (components/search/search.client.tsx):
 * Next's runtime is ~129 KB gzip of its first visit, the search code ~6 KB (codes, names a
 * reader may type in the page's language, Arabic query forms), and its payload repeats the
 * page's A–Z index of every code and name (17–19 KB of HTML); Pagefind's index loads only
 * when a query is typed and is not counted.
 */
export const budgetsOfPage: Record<string, { htmlKb?: number; firstVisitKb?: number }> = {
  '/timeline/index.html': { htmlKb: 25, firstVisitKb: 35 },
  '/search/index.html': { htmlKb: 22, firstVisitKb: 165 },
};

const ownBudgets = (page: string) => budgetsOfPage[page.replace(/^\/(en|fr|ar)\//, '/')] ?? {};

/** The HTML budget of one page ("/en/timeline/index.html"), in KB. */
export function htmlBudgetKb(page: string): number {
  return ownBudgets(page).htmlKb ?? budgets.htmlKb;
}

/** The first-visit budget of one page, in KB: the Arabic face comes on top on Arabic pages. */
export function firstVisitBudgetKb(page: string): number {
  return (ownBudgets(page).firstVisitKb ?? budgets.firstVisitKb) + (page.startsWith('/ar/') ? budgets.arabicFontKb : 0);
}

/** Whether a page keeps the framework's runtime (scripts/strip-framework.mjs: HYDRATED_PAGES); page as "/en/search/index.html". */
export function isHydrated(page: string): boolean {
  return HYDRATED_PAGES.some((h) => h.page.test(page.slice(1)));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Next's runtime chunks, loaded by every page whatever it contains. */
export function frameworkBaseline(): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const files = manifest.rootMainFiles.map((f) => `/_next/${f}`);
  return { files, bytes: files.reduce((sum, f) => sum + gzipBytes(path.join(OUT, f)), 0) };
}

export interface PageWeight { page: string; html: number; css: number; js: number; fonts: number; firstVisit: number; scripts: string[]; fontFiles: string[] }

/** The Arabic face (components/layout/locale-shell.tsx): used by Arabic pages only. */
const ARABIC_FONT_FAMILY = 'naskh';

/** The font files a page's CSS declares that the page can use: every @font-face, the Arabic one on Arabic pages only. */
function fontFiles(cssFiles: string[], arabic: boolean): string[] {
  const files = cssFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, block]) => {
    const family = /font-family:\s*["']?([^;"']+)/.exec(block!)?.[1]?.trim();
    if (family === ARABIC_FONT_FAMILY && !arabic) return [];
    return [...block!.matchAll(/url\(([^)]+)\)/g)].map((m) => path.resolve(path.dirname(file), m[1]!.replace(/["']/g, '')));
  }));
  return [...new Set(files)];
}

export function htmlPages(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('_next'))
    .map((f) => `/${f.split(path.sep).join('/')}`)
    .sort();
}

export function pageWeight(page: string): PageWeight {
  const html = readFileSync(path.join(OUT, page), 'utf8');
  const scripts = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0])).map((m) => m[1]!))];
  const styles = [...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link\b[^>]*href="([^"]+\.css)"[^>]*rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!))];
  const local = (url: string) => path.join(OUT, url.split('?')[0]!);
  const fonts = fontFiles(styles.map(local), /<html\b[^>]*\slang="ar"/.test(html));
  const weight = {
    html: gzipBytes(path.join(OUT, page)),
    css: styles.reduce((sum, s) => sum + gzipBytes(local(s)), 0),
    js: scripts.reduce((sum, s) => sum + gzipBytes(local(s)), 0),
    // woff2 is compressed already: its bytes as they are.
    fonts: fonts.reduce((sum, f) => sum + readFileSync(f).length, 0),
  };
  return { page, ...weight, firstVisit: weight.html + weight.css + weight.js + weight.fonts, scripts, fontFiles: fonts.map((f) => path.relative(OUT, f)) };
}

if (require.main === module) {
  const baseline = frameworkBaseline();
  const weights = htmlPages().map(pageWeight);
  const max = (key: 'html' | 'css' | 'js' | 'fonts' | 'firstVisit') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
  console.log(`Framework baseline (Next runtime, gzip -9, on ${weights.filter((w) => isHydrated(w.page)).length} pages): ${kb(baseline.bytes)} KB`);
  console.log(`Pages: ${weights.length}`);
  for (const key of ['html', 'css', 'js', 'fonts', 'firstVisit'] as const) {
    const m = max(key);
    const sizes = weights.map((w) => w[key]).sort((a, b) => a - b);
    console.log(`${key.toUpperCase()}: median ${kb(sizes[Math.floor(sizes.length / 2)]!)} KB, max ${kb(m[key])} KB (${m.page})`);
  }
  const types = JSON.parse(readFileSync(path.join(ROOT, 'tests/page-types.json'), 'utf8')) as Record<string, string>;
  console.log('\nFirst visit of one page of each type (KB gzip): HTML + CSS + JS + fonts');
  for (const [type, url] of Object.entries(types).filter(([t]) => t !== 'notFound')) {
    for (const locale of ['en', 'ar']) {
      const w = pageWeight(`${url.replace(/^\/en\//, `/${locale}/`)}index.html`);
      console.log(`${`${type} (${locale})`.padEnd(16)} ${kb(w.firstVisit).toFixed(1).padStart(6)} = ${kb(w.html)} + ${kb(w.css)} + ${kb(w.js)} + ${kb(w.fonts)}  (budget ${firstVisitBudgetKb(w.page)})`);
    }
  }
  console.log(`Budgets: first visit ≤ ${budgets.firstVisitKb} KB (+ ${budgets.arabicFontKb} KB of Arabic face on Arabic pages), HTML ≤ ${budgets.htmlKb} KB, CSS ≤ ${budgets.cssKb} KB, no script file but on the hydrated pages (JS ≤ ${kb(baseline.bytes)} + ${budgets.jsOverBaselineKb} KB)`);
}
