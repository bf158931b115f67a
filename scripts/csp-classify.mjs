/**
 * Decides which inline code of a built page its Content-Security-Policy may allow. Only code
 * recognisably the framework's or the site's own is hashed; anything else — a <script>,
 * <style>, <meta http-equiv>, inline event handler or javascript: URL that content could
 * have slipped into a page — is reported, and scripts/write-headers.mjs fails the build
 * naming the page. Hashing whatever inline code a page holds would bless an injected script.
 * https://www.w3.org/TR/CSP3/#grammardef-hash-source
 */
import { createHash } from 'node:crypto';

export const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Script types a browser does not run: data blocks (JSON-LD). Compared exactly — anything else counts as code. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** Next's first bootstrap line, verbatim. */
const NEXT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';

/** Framework scripts that are one call with one JSON argument: the code is fixed, the rest is data. */
const JSON_CALLS = [
  ['self.__next_f.push(', ')'], // the React Server Components payload
  ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');'], // the chunk list
];

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether an inline script is Next's own: its bootstrap line, or a fixed call on a JSON value. */
export function isFrameworkScript(body) {
  if (body === NEXT_BOOTSTRAP) return true;
  return JSON_CALLS.some(([head, tail]) => body.startsWith(head) && body.endsWith(tail) && isJson(body.slice(head.length, -tail.length)));
}

const excerpt = (text) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * The hashes a page's policy may list, and the inline code it must not hold.
 *
 * @param {string} html a built page
 * @param {{ ownScripts?: readonly string[], ownStyles?: readonly string[] }} own the site's
 *   own inline scripts (lib/inline-scripts.ts) and the CSS files it compiled (_next/static)
 * @returns {{ scriptHashes: string[], styleHashes: string[], rejected: string[] }}
 */
export function classifyPage(html, { ownScripts = [], ownStyles = [] } = {}) {
  const scriptHashes = new Set();
  const styleHashes = new Set();
  const rejected = [];
  const ownScriptSet = new Set(ownScripts);
  const ownStyleHashes = new Set(ownStyles.map(sha256));
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    // External scripts fall under script-src 'self'; only inline code needs a hash.
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type !== undefined && DATA_TYPES.has(type)) continue;
    if (isFrameworkScript(body) || ownScriptSet.has(body)) scriptHashes.add(sha256(body));
    else rejected.push(`inline <script> that is neither Next's nor the site's own: ${excerpt(body)}`);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    if (ownStyleHashes.has(sha256(body))) styleHashes.add(sha256(body));
    else rejected.push(`inline <style> that is not the site's compiled CSS: ${excerpt(body)}`);
  }
  // Outside script and style bodies, the page's markup: a policy does not stop these.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  for (const [tag] of markup.matchAll(/<meta\b[^>]*\shttp-equiv\s*=[^>]*>/gi)) rejected.push(`<meta http-equiv> (a refresh or a policy the site did not write): ${excerpt(tag)}`);
  for (const [tag] of markup.matchAll(/<[a-z][^>]*?\son[a-z]+\s*=[^>]*>/gi)) rejected.push(`inline event handler: ${excerpt(tag)}`);
  for (const [attr] of markup.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:[^>]*/gi)) rejected.push(`javascript: URL: ${excerpt(attr)}`);
  return { scriptHashes: [...scriptHashes], styleHashes: [...styleHashes], rejected };
}

/**
 * The page with its policy as a <meta> element placed before anything it governs: right
 * after <head> (and after <meta charset> when that opens the head, so the charset stays
 * within the first 1024 bytes).
 */
export function withPolicy(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"/>`;
  const head = /<head(\s[^>]*)?>(<meta charSet="utf-8"\/>)?/i.exec(html);
  if (!head) throw new Error('no <head> to hold the Content-Security-Policy');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
