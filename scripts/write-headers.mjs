/**
 * After the export: writes each HTML page's Content-Security-Policy into the page itself, as
 * the first element of its <head> (deploy/security-headers.mjs: pagePolicy). The policy
 * hashes only the inline code scripts/csp-classify.mjs recognises as Next's or the site's
 * own (lib/inline-scripts.ts, the CSS in _next/static); any other inline script or style, a
 * <meta http-equiv> or an inline event handler fails the build, naming the page.
 *
 * A page and its policy are one file, so no server can pair a page with another build's
 * policy; the servers send only the static header policy (deploy/nginx.conf, serve-site.mjs).
 *
 * Usage: tsx scripts/write-headers.mjs <built folder>   (tsx: it reads lib/inline-scripts.ts)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pagePolicy } from '../deploy/security-headers.mjs';
import { siteInlineScripts } from '../lib/inline-scripts.ts';
import { classifyPage, withPolicy } from './csp-classify.mjs';

const site = path.resolve(process.argv[2] ?? 'out');
const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('_next/')).sort();
const ownStyles = files.filter((f) => f.startsWith('_next/static/') && f.endsWith('.css')).map((f) => readFileSync(path.join(site, f), 'utf8'));

const problems = [];
const written = [];
for (const page of pages) {
  const html = readFileSync(path.join(site, page), 'utf8');
  const { scriptHashes, styleHashes, rejected } = classifyPage(html, { ownScripts: siteInlineScripts, ownStyles });
  for (const reason of rejected) problems.push(`/${page}: ${reason}`);
  if (rejected.length === 0) written.push([page, withPolicy(html, pagePolicy(scriptHashes, styleHashes))]);
}
if (problems.length > 0) {
  console.error(`Inline code the Content-Security-Policy must not allow (content or a component injected it):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const [page, html] of written) writeFileSync(path.join(site, page), html);
console.log(`Content-Security-Policy written into ${written.length} pages.`);
