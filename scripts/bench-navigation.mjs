/**
 * Following a link on a throttled phone: the time from the click to the next page's heading
 * on screen, for a built site (median of BENCH_RUNS runs, default 5). Lighthouse's mobile
 * throttling as DevTools applies it (slow 4G: 562.5 ms request latency, 1474.56 Kbps down,
 * 675 Kbps up; 4× CPU slowdown), a phone-sized viewport, one browser context per run: the
 * first page is loaded, then its link followed, so what the first page loaded (CSS, and
 * with the framework its runtime) is in the cache, as for a reader moving between pages.
 *
 * Run it on two builds to compare a client-side navigation (next/link: the next page's RSC
 * payload fetched and rendered by the runtime already loaded) with a plain link (the next
 * page's HTML loaded and parsed):
 *   node scripts/bench-navigation.mjs --root out [--port 3000]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { root: { type: 'string', default: path.join(root, 'out') }, port: { type: 'string', default: process.env.BENCH_PORT ?? '3000' } } });
const runs = Number(process.env.BENCH_RUNS ?? 5);
const origin = `http://127.0.0.1:${values.port}`;

/** From a page, the link followed, and the heading the next page shows. */
const journeys = [
  { from: '/en/', link: 'main a[href="/en/programmes/"]', heading: /programmes/i },
  { from: '/en/objectives/osp-5/', link: 'main a[href="/en/programmes/health/"]', heading: /^Health$/ },
  { from: '/en/actions/', link: 'main a[href="/en/actions/3-4/"]', heading: /Action 3\.4/ },
];

const server = spawn(process.execPath, [path.join(root, 'scripts/serve-site.mjs'), '--port', values.port, '--root', values.root], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  console.log(`| from | link | click → heading, ms (median of ${runs}) | each run | kind |`);
  console.log('|---|---|---|---|---|');
  for (const { from, link, heading } of journeys) {
    const times = [];
    let kind = '';
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}${from}`, { waitUntil: 'networkidle' });
      // A marker on window survives a client-side navigation, not a page load.
      await page.evaluate(() => { window.stayed = true; });
      const target = page.locator(link).first();
      await target.scrollIntoViewIfNeeded();
      const start = Date.now();
      await target.click({ noWaitAfter: true });
      await page.locator('h1', { hasText: heading }).waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
      kind = (await page.evaluate(() => window.stayed)) ? 'client-side navigation' : 'page load';
      await context.close();
    }
    console.log(`| ${from} | ${link.match(/href="([^"]+)"/)[1]} | ${median(times)} | ${times.join(', ')} | ${kind} |`);
  }
} finally {
  await browser.close();
  server.kill();
}
