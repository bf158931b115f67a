/**
 * A first visit to one page of each entity type, as built and with every script removed:
 * bytes transferred and Lighthouse's Largest Contentful Paint and Total Blocking Time
 * (mobile preset: emulated phone, simulated slow 4G, 4× CPU slowdown), median of
 * BENCH_RUNS runs (default 3), both versions in the same run on the same server (gzip, the
 * site's headers: scripts/serve-site.mjs). The gap between the two columns is what the
 * page's JavaScript costs a reader who opens it from a search engine or a shared link.
 *
 * The script-free version is the built page through withoutScripts (scripts/strip-framework.mjs):
 * every <script> a browser runs and every script preload gone, JSON-LD kept. It is served
 * from a hard-linked copy of the build under /__noscript/, so it loads the same CSS and fonts.
 *
 * Usage (after `npm run build`): npm run bench:first-visit
 *   BENCH_PORT (default 3000), BENCH_RUNS, BENCH_PAGES=objective,donor (page types of
 *   tests/page-types.json; default the five entity types), CHROMIUM_PATH.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { withoutScripts } from './strip-framework.mjs';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 3000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const pageTypes = JSON.parse(readFileSync(path.join(root, 'tests/page-types.json'), 'utf8'));
const types = (process.env.BENCH_PAGES ?? 'objective,action,programme,project,donor').split(',');
const PREFIX = '/__noscript';

/** A copy of the build made of hard links (no bytes copied), with the script-free pages added under PREFIX. */
function prepareSite() {
  const site = path.join(mkdtempSync(path.join(tmpdir(), 'bench-first-visit-')), 'site');
  execFileSync('cp', ['-al', realpathSync(path.join(root, 'out')), site]);
  for (const type of types) {
    const page = pageTypes[type];
    if (!page) throw new Error(`no page type "${type}" in tests/page-types.json`);
    const file = path.join(page, 'index.html');
    const target = path.join(site, PREFIX, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, withoutScripts(readFileSync(path.join(site, file), 'utf8')));
  }
  return site;
}

async function startServer(site) {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-site.mjs'), '--port', String(port), '--root', site], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited (${code}): is port ${port} in use?`)));
  });
  return server;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The medians of `runs` Lighthouse runs of one URL. */
async function measure(chromePort, url) {
  const results = [];
  const failures = [];
  while (results.length < runs) {
    const { lhr } = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    // A run Lighthouse could not record (NO_NAVSTART and the like, on a busy host) measured nothing: it is repeated, at most three times per URL.
    if (lhr.runtimeError || typeof lhr.audits['largest-contentful-paint'].numericValue !== 'number') {
      failures.push(lhr.runtimeError?.code ?? 'no LCP');
      console.error(`${url}: run not completed (${failures.at(-1)}), repeating`);
      if (failures.length > 3) throw new Error(`${url}: Lighthouse failed ${failures.length} runs: ${failures.join(', ')}`);
      continue;
    }
    const requests = lhr.audits['network-requests'].details.items;
    results.push({
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      bytes: lhr.audits['total-byte-weight'].numericValue,
      requests: requests.length,
      scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + r.transferSize, 0),
    });
  }
  return Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]));
}

const site = prepareSite();
const server = await startServer(site);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  for (const type of types) {
    const page = pageTypes[type];
    const built = await measure(chrome.port, `http://localhost:${port}${page}`);
    const bare = await measure(chrome.port, `http://localhost:${port}${PREFIX}${page}`);
    rows.push({ type, page, built, bare });
    console.error(`${type}: built ${Math.round(built.lcp)} ms / script-free ${Math.round(bare.lcp)} ms`);
  }
} finally {
  await chrome.kill();
  server.kill();
  rmSync(path.dirname(site), { recursive: true, force: true });
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => String(Math.round(value));
console.log(`\nFirst visit, Lighthouse mobile preset, median of ${runs} runs (transfer sizes as served, gzip, headers included)\n`);
console.log('| page type | page | KB as built (JS) | KB script-free | requests built / script-free | LCP ms built | LCP ms script-free | LCP gap | TBT ms built | TBT ms script-free |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const { type, page, built, bare } of rows) {
  const gap = `${built.lcp >= bare.lcp ? '+' : ''}${Math.round(((built.lcp - bare.lcp) / bare.lcp) * 100)} %`;
  console.log(`| ${type} | ${page} | ${kb(built.bytes)} (${kb(built.scriptBytes)}) | ${kb(bare.bytes)} | ${built.requests} / ${bare.requests} | ${ms(built.lcp)} | ${ms(bare.lcp)} | ${gap} | ${ms(built.tbt)} | ${ms(bare.tbt)} |`);
}
