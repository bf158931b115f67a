/**
 * Takes Next's browser runtime out of the built pages that do not need it.
 *
 * Next renders every page to complete HTML at build time, then adds its runtime to each:
 * the framework's script files, a <link rel=preload> for one of them, the page's React
 * Server Components payload (the page's content again, as `self.__next_f.push` data for
 * hydration and client-side navigation) and the same payload as .txt files for the router.
 * The App Router has no option to leave them out of a page (the Pages Router's
 * `unstable_runtimeJS: false` has no App Router counterpart; vercel/next.js#5054 and #45009
 * are open), so this step removes them after the export, before Pagefind indexes the pages.
 *
 * A page keeps its runtime only if it is declared to need it (HYDRATED_PAGES: the search
 * page, whose results are a React client component). Whether a page would need it is read
 * from the page itself: its payload names every client component it renders (the "I" rows),
 * and the build's client reference manifests name the module each one is. A page that
 * renders a client component of this site and is not declared fails the build, naming the
 * page and the component: removing its runtime would silently turn the component off. The
 * framework's own client components (next/link, the layout router, the boundaries) render
 * complete HTML and need no runtime on a page that is not hydrated; so do the modules in
 * RENDER_ONLY_CLIENT_MODULES, which are client components only to read the page's path at
 * build time and hold no state, effect or handler (tests/unit/strip-framework.test.ts
 * checks their source). Both lists are in scripts/hydrated-pages.mjs.
 *
 * Usage: node scripts/strip-framework.mjs <built folder>   (scripts/build-site.mjs runs it)
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HYDRATED_PAGES, RENDER_ONLY_CLIENT_MODULES } from './hydrated-pages.mjs';

export { HYDRATED_PAGES, RENDER_ONLY_CLIENT_MODULES };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);
const NEXT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const PAYLOAD_HEAD = 'self.__next_f.push(';
const CHUNK_LIST_HEAD = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';

const attribute = (attributes, name) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1];

/** Whether a <script> is the framework's: a file of its own under /_next/, its bootstrap line, its payload or its chunk list. */
export function isFrameworkScriptElement(attributes, body) {
  const src = attribute(attributes, 'src');
  if (src !== undefined) return src.startsWith('/_next/');
  return body === NEXT_BOOTSTRAP || body.startsWith(PAYLOAD_HEAD) || body.startsWith(CHUNK_LIST_HEAD);
}

/** The framework's preload of a script file (`<link rel="preload" as="script">` or modulepreload). */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\shref="\/_next\/[^"]*\.js")[^>]*>/gi;

/** The page without the framework's scripts and script preloads; everything else (the site's own inline scripts, JSON-LD) stays. */
export function withoutFramework(html) {
  return html
    .replace(SCRIPT, (element, attributes, body) => (isFrameworkScriptElement(attributes, body) ? '' : element))
    .replace(SCRIPT_PRELOAD, '');
}

/** The page without any script a browser runs (JSON-LD data blocks stay): the benchmark's script-free baseline. */
export function withoutScripts(html) {
  return html
    .replace(SCRIPT, (element, attributes) => (DATA_TYPES.has(attribute(attributes, 'type') ?? '') ? element : ''))
    .replace(SCRIPT_PRELOAD, '');
}

/** The page's React Server Components payload: the strings its `self.__next_f.push([1, …])` scripts carry, in order. */
export function rscPayload(html) {
  let payload = '';
  for (const [, , body] of html.matchAll(SCRIPT)) {
    if (!body.startsWith(PAYLOAD_HEAD)) continue;
    const [kind, text] = JSON.parse(body.slice(PAYLOAD_HEAD.length, -1));
    if (kind === 1) payload += text;
  }
  return payload;
}

/** The module ids of the client components a payload references (its `<row>:I[id, chunks, name]` rows). */
export function clientModuleIds(payload) {
  return [...new Set([...payload.matchAll(/^[0-9a-f]+:I(\[.*\])$/gm)].map(([, row]) => String(JSON.parse(row)[0])))];
}

/**
 * Module id → source path ("components/x.client.tsx", "node_modules/next/…"), from the
 * client reference manifests Next writes for each route into <.next>/server/app.
 */
export function clientModuleSources(nextDir) {
  const sources = new Map();
  const dir = path.join(nextDir, 'server', 'app');
  const manifests = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('_client-reference-manifest.js'));
  for (const file of manifests) {
    const scope = { __RSC_MANIFEST: {} };
    // The manifest is one assignment to globalThis.__RSC_MANIFEST[route]; it is run with that object as globalThis.
    new Function('globalThis', readFileSync(path.join(dir, file), 'utf8'))(scope);
    for (const manifest of Object.values(scope.__RSC_MANIFEST)) {
      for (const [source, { id }] of Object.entries(manifest.clientModules)) sources.set(String(id), source.replace(/^\[project\]\//, ''));
    }
  }
  if (sources.size === 0) throw new Error(`no client reference manifest in ${dir}: cannot tell which pages render client components`);
  return sources;
}

/** The client components of the site (not the framework's, not render-only) a page renders; an unknown module counts as the site's. */
export function siteClientComponents(html, sources) {
  return clientModuleIds(rscPayload(html))
    .map((id) => sources.get(id) ?? `unknown client module ${id}`)
    .filter((source) => !source.startsWith('node_modules/next/') && !RENDER_ONLY_CLIENT_MODULES.includes(source));
}

/**
 * Decides each page: kept whole (declared hydrated), stripped, or a problem (a client
 * component on a page not declared). `page` is the path inside the build, "en/x/index.html".
 */
export function planPage(page, html, sources, hydrated = HYDRATED_PAGES) {
  const components = siteClientComponents(html, sources);
  if (hydrated.some((h) => h.page.test(page))) {
    return components.length > 0 ? { keep: true } : { problem: `${page} is declared hydrated but renders no client component of the site: remove it from HYDRATED_PAGES` };
  }
  if (components.length > 0) return { problem: `${page} renders ${components.join(', ')}, which need the framework's runtime: make them server components with a small script, or declare the page in HYDRATED_PAGES` };
  return { html: withoutFramework(html) };
}

/** The page's payload files for the client router: index.txt and __next.*.txt beside index.html. */
export function payloadFiles(site, page) {
  const dir = path.dirname(path.join(site, page));
  if (path.basename(page) !== 'index.html') return [];
  return readdirSync(dir).filter((f) => f === 'index.txt' || (f.startsWith('__next.') && f.endsWith('.txt'))).map((f) => path.join(dir, f));
}

/** Strips every page of a built site that may lose its runtime; returns the problems (none: done). */
export function stripSite(site, nextDir) {
  const sources = clientModuleSources(nextDir);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('_next/') && !f.startsWith('pagefind/'))
    .sort();
  const plans = pages.map((page) => [page, planPage(page, readFileSync(path.join(site, page), 'utf8'), sources)]);
  const problems = plans.flatMap(([, plan]) => (plan.problem ? [plan.problem] : []));
  if (problems.length > 0) return { problems, stripped: 0, kept: 0 };
  let stripped = 0;
  for (const [page, plan] of plans) {
    if (plan.keep) continue;
    writeFileSync(path.join(site, page), plan.html);
    for (const file of payloadFiles(site, page)) rmSync(file);
    stripped += 1;
  }
  return { problems, stripped, kept: pages.length - stripped };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = path.resolve(process.argv[2] ?? 'out');
  const { problems, stripped, kept } = stripSite(site, path.resolve(import.meta.dirname, '..', '.next'));
  if (problems.length > 0) {
    console.error(`Pages that would lose the JavaScript their components need:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Framework runtime removed from ${stripped} pages; ${kept} keep it (HYDRATED_PAGES).`);
}
