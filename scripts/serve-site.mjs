/**
 * Serves out/ the way a production static host would: clean trailing-slash URLs, the 404
 * page, gzip, and the security and cache headers of deploy/security-headers.mjs — with each
 * page's Content-Security-Policy from out/_headers/csp.json (written at build). Built on
 * Vercel's serve-handler (the engine of `serve`) because `serve` caps its config at 50
 * header rules and the site has one CSP per page.
 *
 * Usage: node scripts/serve-site.mjs [--port 3000] [--host 127.0.0.1]
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import handler from 'serve-handler';
import { cacheControl, commonHeaders } from '../deploy/security-headers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const site = path.join(root, 'out');
const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, host: { type: 'string', default: '127.0.0.1' } } });
const csp = JSON.parse(readFileSync(path.join(site, '_headers', 'csp.json'), 'utf8'));

/** The exported file a request path is answered with, as keyed in csp.json. */
function pageFile(pathname) {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  if (pathname.endsWith('.html')) return pathname;
  return `${pathname}/index.html`;
}

const gzip = compression();
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Build-time server configuration is not part of the site (nginx hides it too).
  if (pathname.startsWith('/_headers/')) req.url = '/404.html-not-a-page';
  for (const [key, value] of Object.entries(commonHeaders)) res.setHeader(key, value);
  res.setHeader('Cache-Control', pathname.startsWith('/_next/static/') ? cacheControl.immutable : cacheControl.page);
  res.setHeader('Content-Security-Policy', csp.pages[pageFile(decodeURIComponent(pathname))] ?? csp.default);
  gzip(req, res, () =>
    handler(req, res, {
      public: site,
      cleanUrls: true,
      trailingSlash: true,
      directoryListing: false,
      headers: [{ source: '**/*.csv', headers: [{ key: 'Content-Type', value: 'text/csv; charset=utf-8' }] }],
    }),
  );
});
server.listen(Number(values.port), values.host, () => console.log(`Serving out/ on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}/`));
