/**
 * Prints the search test set's hit rate per language — the share of queries whose first
 * result is the expected page — against the built site (out/), with each miss and what came
 * first instead. A benchmark for issue notes; the test set itself runs in npm test
 * (tests/e2e/search-queries.spec.ts).
 *
 * Usage: npm run report:search [-- --port 3150] [--root <another build's out/>]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { firstResult, searchCases, searchLocales } from './search-first-result';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3150' }, root: { type: 'string', default: 'out' } } });
const root = path.resolve(__dirname, '..');
const server = spawn(process.execPath, ['scripts/serve-site.mjs', '--port', values.port, '--root', values.root], { cwd: root, stdio: 'ignore' });
const baseURL = `http://127.0.0.1:${values.port}`;

async function main() {
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(`${baseURL}/en/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ baseURL });
  for (const locale of searchLocales) {
    const cases = searchCases(locale);
    let hits = 0;
    for (const [query, expected] of cases) {
      const first = await firstResult(page, locale, query);
      if (first === expected) hits += 1;
      else console.log(`  ${locale} miss: "${query}" → ${first ?? '(no result)'} (expected ${expected})`);
    }
    console.log(`${locale}: ${hits}/${cases.length} first results correct (${Math.round((100 * hits) / cases.length)} %)`);
  }
  await browser.close();
}

main().finally(() => server.kill());
