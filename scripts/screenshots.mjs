/**
 * `npm run screenshots`: PNGs of Arabic (and, for comparison, English) pages in headless
 * Chromium at phone and desktop widths, into screenshots/ — for checking the right-to-left
 * layout by eye. Serves out/ itself on a spare port; run `npm run build` first.
 *
 * Usage: node scripts/screenshots.mjs [--lang ar] [--out screenshots]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import pageTypes from '../tests/page-types.json' with { type: 'json' };

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'ar' }, out: { type: 'string', default: 'screenshots' }, port: { type: 'string', default: '3217' } } });
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, values.out);
mkdirSync(outDir, { recursive: true });

const server = spawn(process.execPath, [path.join(root, 'scripts/serve-site.mjs'), '--port', values.port], { stdio: 'ignore' });
const base = `http://127.0.0.1:${values.port}`;
for (let i = 0; i < 50; i += 1) {
  try { if ((await fetch(`${base}/en/`)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const viewports = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };
try {
  for (const [type, enPath] of Object.entries(pageTypes)) {
    if (type === 'notFound') continue;
    const pagePath = enPath.replace(/^\/en\//, `/${values.lang}/`);
    for (const [name, viewport] of Object.entries(viewports)) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${values.lang}-${type}-${name}.png`);
      await page.screenshot({ path: file, fullPage: name === 'phone' });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
