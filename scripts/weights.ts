/**
 * Page weight of the exported site: gzip sizes of each page's HTML, the CSS it links and
 * the JavaScript a modern browser loads (the `noModule` polyfill chunk is skipped: modern
 * browsers never fetch it). The framework baseline is Next's own runtime (rootMainFiles in
 * .next/build-manifest.json), so the budget measures what this site adds on top.
 *
 * `npx tsx scripts/weights.ts` prints the table; tests/e2e/budgets.spec.ts enforces it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out');

export const budgets = { htmlKb: 30, cssKb: 15, jsOverBaselineKb: 10 };

/**
 * Pages with a budget of their own, and why. The timeline lists every dated fact of the site
 * (60 now, and 7 date ranges the sources dispute) with its page and source: 47–55 KB gzip,
 * of which the framework's RSC payload (the page's content again, as data for client-side
 * navigation) is about 60 %. Its own budget holds it until pages stop carrying that payload
 * (the "ship no JavaScript where a page needs none" issue) or the list is split by period.
 */
export const htmlKbOfPage: Record<string, number> = {
  '/en/timeline/index.html': 60,
  '/fr/timeline/index.html': 60,
  '/ar/timeline/index.html': 60,
};

/** The HTML budget of one page, in KB. */
export function htmlBudgetKb(page: string): number {
  return htmlKbOfPage[page] ?? budgets.htmlKb;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Next's runtime chunks, loaded by every page whatever it contains. */
export function frameworkBaseline(): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const files = manifest.rootMainFiles.map((f) => `/_next/${f}`);
  return { files, bytes: files.reduce((sum, f) => sum + gzipBytes(path.join(OUT, f)), 0) };
}

export interface PageWeight { page: string; html: number; css: number; js: number; scripts: string[] }

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
  return {
    page,
    html: gzipBytes(path.join(OUT, page)),
    css: styles.reduce((sum, s) => sum + gzipBytes(local(s)), 0),
    js: scripts.reduce((sum, s) => sum + gzipBytes(local(s)), 0),
    scripts,
  };
}

/** Gzip size of a set of script URLs (as the browser requested them). */
export function scriptsBytes(urls: string[]): number {
  return [...new Set(urls)].reduce((sum, u) => sum + gzipBytes(path.join(OUT, new URL(u, 'http://x').pathname)), 0);
}

if (require.main === module) {
  const baseline = frameworkBaseline();
  const weights = htmlPages().map(pageWeight);
  const max = (key: 'html' | 'css' | 'js') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
  console.log(`Framework baseline (Next runtime, gzip -9): ${kb(baseline.bytes)} KB`);
  console.log(`Pages: ${weights.length}`);
  for (const key of ['html', 'css', 'js'] as const) {
    const m = max(key);
    const sizes = weights.map((w) => w[key]).sort((a, b) => a - b);
    console.log(`${key.toUpperCase()}: median ${kb(sizes[Math.floor(sizes.length / 2)]!)} KB, max ${kb(m[key])} KB (${m.page})`);
  }
  console.log(`Budgets: HTML ≤ ${budgets.htmlKb} KB, CSS ≤ ${budgets.cssKb} KB, JS ≤ ${kb(baseline.bytes)} + ${budgets.jsOverBaselineKb} KB`);
}
