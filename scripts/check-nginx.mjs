/**
 * Production-serving check: starts nginx with deploy/nginx.conf on 127.0.0.1:8080 over the
 * built out/, checks every header against deploy/security-headers.mjs and the per-page CSP
 * the build wrote, then crawls every page and link through it. Exits non-zero on any fault.
 *
 * Usage (after `npm run build`): npm run test:nginx   — needs nginx (Debian: apt-get install nginx)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheControl, commonHeaders } from '../deploy/security-headers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const base = 'http://127.0.0.1:8080';
const nginx = process.env.NGINX ?? (spawnSync('which', ['nginx']).stdout.toString().trim() || '/usr/sbin/nginx');
const csp = JSON.parse(readFileSync(path.join(root, 'out/_headers/csp.json'), 'utf8'));
const problems = [];
const fail = (message) => problems.push(message);

function nginxCtl(extra) {
  // As root, nginx would switch workers to "nobody", who may not read the checkout.
  const user = process.getuid?.() === 0 ? ['-g', 'user root;'] : [];
  const result = spawnSync(nginx, ['-p', `${root}/`, '-c', 'deploy/nginx.conf', ...user, ...extra], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx ${extra.join(' ')} failed: ${result.stderr}`);
}

async function get(pathname, init) {
  return fetch(base + pathname, { redirect: 'manual', ...init });
}

function checkHeaders(pathname, res, expected) {
  for (const [key, value] of Object.entries({ ...commonHeaders, ...expected })) {
    if (res.headers.get(key) !== value) fail(`${pathname}: ${key} is "${res.headers.get(key)}", expected "${value}"`);
  }
}

async function checks() {
  // Headers on a page, an asset, a data file and the 404.
  const page = '/en/objectives/osp-5/';
  let res = await get(page);
  checkHeaders(page, res, { 'Cache-Control': cacheControl.page, 'Content-Security-Policy': csp.pages[`${page}index.html`] });
  if (/'unsafe-eval'|'unsafe-inline'/.test(res.headers.get('content-security-policy') ?? '')) fail(`${page}: CSP allows unsafe-eval or unsafe-inline`);
  const html = await res.text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  res = await get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
  checkHeaders(asset, res, { 'Cache-Control': cacheControl.immutable });
  if (res.headers.get('content-encoding') !== 'gzip') fail(`${asset}: not gzip-compressed`);
  res = await get(page, { headers: { 'Accept-Encoding': 'gzip' } });
  if (res.headers.get('content-encoding') !== 'gzip') fail(`${page}: HTML not gzip-compressed`);
  res = await get('/data/funding.csv');
  if (!res.headers.get('content-type')?.startsWith('text/csv')) fail(`/data/funding.csv: content-type ${res.headers.get('content-type')}`);
  checkHeaders('/data/funding.csv', res, { 'Cache-Control': cacheControl.page });
  res = await get('/en/no-such-page/');
  if (res.status !== 404) fail(`/en/no-such-page/: status ${res.status}, expected 404`);
  if (!(await res.text()).includes('<h1')) fail('/en/no-such-page/: not the 404 page');
  checkHeaders('/en/no-such-page/', res, { 'Content-Security-Policy': csp.pages['/404.html'] });
  res = await get('/_headers/csp.json');
  if (res.status !== 404) fail('/_headers/ is served');
  // Trailing-slash URLs: without the slash, a relative redirect to it.
  for (const [accept, target] of [['fr-MA,fr;q=0.9,en;q=0.8', '/fr/'], ['ar', '/ar/'], ['en-GB', '/en/'], ['de-DE', '/en/'], [undefined, '/en/']]) {
    res = await get('/', accept ? { headers: { 'Accept-Language': accept } } : undefined);
    if (res.status !== 302 || res.headers.get('location') !== target) fail(`/ with Accept-Language ${accept}: ${res.status} → ${res.headers.get('location')}, expected ${target}`);
  }
  res = await get('/en/objectives/osp-5');
  if (res.status !== 301 || res.headers.get('location') !== '/en/objectives/osp-5/') fail(`/en/objectives/osp-5: ${res.status} → ${res.headers.get('location')}`);

  // Crawl: every page in the sitemap, and every internal link on every page.
  const sitemap = await (await get('/sitemap.xml')).text();
  const queue = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const seen = new Set(queue);
  let pages = 0;
  while (queue.length > 0) {
    const pathname = queue.shift();
    res = await get(pathname, { headers: { 'Accept-Encoding': 'gzip' } });
    if (res.status !== 200) { fail(`${pathname}: status ${res.status}`); continue; }
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    pages += 1;
    const expectedCsp = csp.pages[`${pathname}index.html`];
    if (res.headers.get('content-security-policy') !== expectedCsp) fail(`${pathname}: CSP differs from the build's`);
    const body = await res.text(); // fetch has already decompressed it
    for (const m of body.matchAll(/<a\s[^>]*?href="(\/[^"#?]*)/g)) {
      if (!seen.has(m[1])) { seen.add(m[1]); queue.push(m[1]); }
    }
  }
  return { pages, urls: seen.size };
}

mkdirSync(path.join(root, '.nginx'), { recursive: true });
nginxCtl(['-t', '-q']);
nginxCtl([]);
try {
  await new Promise((r) => setTimeout(r, 300));
  const { pages, urls } = await checks();
  console.log(`nginx: ${urls} URLs crawled (${pages} HTML pages), headers checked.`);
} finally {
  nginxCtl(['-s', 'quit']);
}
if (problems.length > 0) {
  console.error(`nginx check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('nginx check passed.');
