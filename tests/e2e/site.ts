/** Helpers shared by the end-to-end specs: the exported site's pages and their links. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { allSitePages } from '../../lib/site-pages';
import { siteUrl } from '../../lib/site';
import pageTypes from '../page-types.json';

const OUT = path.resolve(__dirname, '../../out');

/** Every exported HTML page as a URL path ("/en/objectives/osp-5/"), from out/ itself. */
export function exportedPages(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('_next'))
    // Next also writes copies of 404.html at /404/ and /_not-found/; the crawl checks 404.html itself.
    .filter((f) => !/^(404|_not-found)[/\\]/.test(f))
    .map((f) => `/${f.split(path.sep).join('/')}`)
    .map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}

/**
 * The pages the site's own registry (lib/site-pages.ts) says it publishes, plus the language
 * choice at / and the 404 page: what exportedPages() must equal, and the known count every
 * sweep over all pages checks itself against.
 */
export function knownPages(): string[] {
  return ['/', ...allSitePages().map((p) => p.path), '/404.html'].sort();
}

/** The origin the build wrote into canonical and hreflang URLs: lib/site.ts, from SITE_URL as the build read it. */
export const builtOrigin = siteUrl;

/** href values of <a> elements in an HTML string. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** id attributes in an HTML string. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * One page of each type, for checks too slow to run on every page. Shared with
 * scripts/audit-lighthouse.mjs, hence JSON.
 */
export const pageOfEachType = pageTypes as Readonly<typeof pageTypes>;

export const languages = ['en', 'fr', 'ar'] as const;
export type Language = (typeof languages)[number];

/** The same path in another language: "/en/objectives/osp-5/" → "/ar/objectives/osp-5/". */
export function inLanguage(path: string, language: Language): string {
  return path.replace(/^\/[a-z]{2}\//, `/${language}/`);
}

/** One page of each type in each language, keyed "objective (ar)". */
export function pageOfEachTypeInEachLanguage(): Array<[string, string]> {
  return languages.flatMap((l) => Object.entries(pageOfEachType).map(([type, path]): [string, string] => [`${type} (${l})`, inLanguage(path, l)]));
}
