/**
 * Production-serving check: starts nginx with deploy/nginx.conf on 127.0.0.1:8080 over the
 * built out/, checks every header against deploy/security-headers.mjs and each page's own
 * <meta> policy, sends the hostile requests nginx must refuse (bad escapes, NUL, other
 * methods, ranges beyond the file, encoded paths to hidden files, a symlink out of the
 * build, malformed HTTP) and a rebuild it must serve without a reload, then crawls every
 * page and link through it. Exits non-zero on any fault.
 *
 * Usage (after `npm run build`): npm run test:nginx   — needs nginx (Debian: apt-get install nginx)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { cacheControl, commonHeaders, headerPolicy } from '../deploy/security-headers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const base = 'http://127.0.0.1:8080';
const nginx = process.env.NGINX ?? (spawnSync('which', ['nginx']).stdout.toString().trim() || '/usr/sbin/nginx');
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

/** A page's own policy: a <meta> right after <meta charset>, before any script, with no unsafe source. */
function checkPagePolicy(pathname, html) {
  const meta = /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
  if (!meta) return fail(`${pathname}: no Content-Security-Policy <meta> opening the <head>`);
  if (!meta[1].startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")) fail(`${pathname}: page policy "${meta[1].slice(0, 80)}…"`);
  if (/'unsafe-eval'|'unsafe-inline'/.test(meta[1])) fail(`${pathname}: page policy allows unsafe-eval or unsafe-inline`);
}

/** Sends bytes as they are (fetch would normalise or refuse them) and parses the answer's head and body. */
function raw(request) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(8080, '127.0.0.1', () => socket.write(request));
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = Buffer.concat(chunks).toString('latin1').split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Headers(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}
const rawGet = (target, method = 'GET', extra = '') => raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`);

/** Hostile and unusual requests: refused with the right status, the security headers, and nothing leaked. */
async function hostileRequests() {
  const expect = async (label, res, status, extra = {}) => {
    if (res.status !== status) fail(`${label}: status ${res.status}, expected ${status}`);
    checkHeaders(label, res, { 'Content-Security-Policy': res.headers.get('content-type')?.startsWith('text/html') ? headerPolicy.page : headerPolicy.other, ...extra });
    return res;
  };
  for (const target of ['/%', '/%E0%A4%A', '/en/%00', '/index.html%00.txt']) await expect(`GET ${target}`, await rawGet(target), 400);
  for (const target of ['/en/', '/']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS']) await expect(`${method} ${target}`, await rawGet(target, method, 'Content-Length: 0\r\n'), 405, { Allow: 'GET, HEAD' });
  }
  // nginx's range filter runs the header filters twice on a 416, so each added header comes
  // twice with the same value (harmless: the same policy twice). Compared once here.
  const unsatisfiable = await rawGet('/data/funding.csv', 'GET', 'Range: bytes=99999999-\r\n');
  unsatisfiable.headers = new Headers([...unsatisfiable.headers].map(([k, v]) => [k, [...new Set(v.split(', '))].join(', ')]));
  // Its policy is the CSV's (the complete one), though nginx's error page is HTML.
  const range = await expect('Range beyond the file', unsatisfiable, 416, { 'Content-Security-Policy': headerPolicy.other });
  if (range.body !== '' && !range.body.includes('416')) fail(`Range beyond the file: body of ${range.body.length} bytes is not an error page`);
  if (range.body.includes(',')) fail('Range beyond the file: the 416 carries the CSV');
  for (const target of ['/_headers/csp.json', '/_headers%2fcsp.json', '/%5fheaders/csp.json', '/%2e%2e/etc/passwd', '/.well-known/x']) {
    const res = await rawGet(target);
    if (![400, 404].includes(res.status)) fail(`GET ${target}: status ${res.status}, expected 400 or 404`);
    checkHeaders(`GET ${target}`, res, {});
  }
  // Symlinks planted in the published build: to a file, and to a folder, outside it.
  const build = path.resolve(root, 'out');
  const traps = [['check-nginx-passwd.txt', '/etc/passwd'], ['check-nginx-etc', '/etc']];
  for (const [name, target] of traps) symlinkSync(target, path.join(build, name));
  try {
    for (const target of ['/check-nginx-passwd.txt', '/check-nginx-etc/passwd', '/check-nginx-etc/host.conf']) {
      const res = await rawGet(target);
      if (![403, 404].includes(res.status) || /root:|multi on/.test(res.body)) fail(`GET ${target}: followed a symlink out of the build (status ${res.status})`);
      checkHeaders(`GET ${target}`, res, {});
    }
  } finally {
    for (const [name] of traps) unlinkSync(path.join(build, name));
  }
  // What nginx answers itself, before any location: bad request line, URI too long, HTTP/3.0 on HTTP/1.
  const own = [['malformed request line', 'GARBAGE\r\n\r\n', 400], ['URI too long', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`, 414], ['unsupported HTTP version', 'GET / HTTP/3.0\r\nHost: localhost\r\n\r\n', 505]];
  for (const [label, request, status] of own) {
    const res = await raw(request);
    if (res.status !== status) fail(`${label}: status ${res.status}, expected ${status}`);
    const missing = Object.keys(commonHeaders).filter((k) => !res.headers.has(k));
    if (missing.length > 0) fail(`${label} (nginx's own ${status}): no ${missing.join(', ')}`);
  }
}

/**
 * A rebuild is served at once, with no reload: a copy of the build (hard links) whose
 * objective page has another policy is published the way build-site.mjs does, requested,
 * then the original is put back.
 */
async function rebuildIsServed() {
  const out = path.join(root, 'out');
  const current = readlinkSync(out);
  const copy = path.join(root, '.builds', `check-nginx-${process.pid}`);
  const page = 'en/objectives/osp-5/index.html';
  const marker = `'sha256-check-nginx-${process.pid}'`;
  const swap = (target) => {
    symlinkSync(target, `${out}.tmp-check`);
    renameSync(`${out}.tmp-check`, out);
  };
  if (spawnSync('cp', ['-al', path.resolve(root, current), copy]).status !== 0) return fail('rebuild: could not copy the build');
  try {
    const html = await (await get(`/${page.replace('index.html', '')}`)).text();
    unlinkSync(path.join(copy, page)); // a hard link: write a new file, leave the published one alone
    writeFileSync(path.join(copy, page), html.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${marker}`));
    swap(path.relative(root, copy));
    const res = await get(`/${page.replace('index.html', '')}`);
    const body = await res.text();
    if (!body.includes(marker)) fail('rebuild: nginx still serves the previous build\'s page and policy');
    checkHeaders('rebuild', res, { 'Content-Security-Policy': headerPolicy.page });
  } finally {
    swap(current);
    rmSync(copy, { recursive: true, force: true });
  }
}

async function checks() {
  // Headers on a page, an asset, a data file and the 404.
  const page = '/en/objectives/osp-5/';
  let res = await get(page);
  checkHeaders(page, res, { 'Cache-Control': cacheControl.page, 'Content-Security-Policy': headerPolicy.page });
  const html = await res.text();
  checkPagePolicy(page, html);
  // Assets: the page's stylesheet, and a script of the search page (the only pages that keep
  // Next's runtime, scripts/hydrated-pages.mjs); a page without it names no script file.
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const search = await (await get('/en/search/')).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(search)?.[1];
  if (!stylesheet || !script) fail(`no stylesheet on ${page} or no script on /en/search/: the asset checks have nothing to fetch`);
  for (const asset of [stylesheet, script].filter(Boolean)) {
    res = await get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
    checkHeaders(asset, res, { 'Cache-Control': cacheControl.immutable, 'Content-Security-Policy': headerPolicy.other });
    if (res.headers.get('content-encoding') !== 'gzip') fail(`${asset}: not gzip-compressed`);
  }
  res = await get(page, { headers: { 'Accept-Encoding': 'gzip' } });
  if (res.headers.get('content-encoding') !== 'gzip') fail(`${page}: HTML not gzip-compressed`);
  res = await get('/data/funding.csv');
  if (!res.headers.get('content-type')?.startsWith('text/csv')) fail(`/data/funding.csv: content-type ${res.headers.get('content-type')}`);
  checkHeaders('/data/funding.csv', res, { 'Cache-Control': cacheControl.page, 'Content-Security-Policy': headerPolicy.other });
  res = await get('/en/no-such-page/');
  if (res.status !== 404) fail(`/en/no-such-page/: status ${res.status}, expected 404`);
  const notFound = await res.text();
  if (!notFound.includes('<h1')) fail('/en/no-such-page/: not the 404 page');
  checkPagePolicy('/en/no-such-page/', notFound);
  checkHeaders('/en/no-such-page/', res, { 'Content-Security-Policy': headerPolicy.page });
  await hostileRequests();
  await rebuildIsServed();
  // Trailing-slash URLs: without the slash, a relative redirect to it.
  // "/": the language rule (deploy/language-negotiation.mjs) on the same table the page's script is tested with.
  const languageCases = JSON.parse(readFileSync(path.join(root, 'tests/accept-language-cases.json'), 'utf8')).cases;
  for (const [accept, language] of languageCases) {
    const target = `/${language}/`;
    res = await get('/', accept === null ? undefined : { headers: { 'Accept-Language': accept } });
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
    if (res.headers.get('content-security-policy') !== headerPolicy.page) fail(`${pathname}: CSP header is not the page policy`);
    const body = await res.text(); // fetch has already decompressed it
    checkPagePolicy(pathname, body);
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
