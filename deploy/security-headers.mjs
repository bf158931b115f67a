/**
 * The one definition of the HTTP headers the site is served with, read by both servers —
 * scripts/serve-site.mjs (npm start, tests) and deploy/nginx.conf (through
 * scripts/write-nginx-headers.mjs) — and by scripts/write-headers.mjs, which writes each
 * page's own policy into the page.
 *
 * Content-Security-Policy comes in two parts that the browser enforces together (every
 * policy must allow a resource: https://www.w3.org/TR/CSP3/#multiple-policies):
 * - in each HTML page, a <meta http-equiv> policy (pagePolicy) that allows exactly that
 *   page's own inline scripts and styles by hash. It is written into the page at build, so
 *   a page and its policy are one file: no server can send a stale one after a rebuild.
 * - as a header, the directives a <meta> policy cannot carry (frame-ancestors) and those
 *   that need no per-page hash: headerPolicy.page for HTML, headerPolicy.other (complete,
 *   no inline code at all) for every other response.
 */

/** Sent with every response, errors included. */
export const commonHeaders = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site needs none of these powerful features; denying them all limits any injected script.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Directives that need no per-page hash and are valid in a <meta> policy. */
const shared = ["img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/**
 * The <meta> Content-Security-Policy of an HTML page. Next's static export inlines a few
 * bootstrap scripts and the site's CSS into each page; the build hashes only those it
 * recognises as the framework's or the site's own (scripts/csp-classify.mjs): no
 * 'unsafe-inline' and no 'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search engine (it does not allow eval of JavaScript). frame-ancestors is
 * ignored in <meta> (CSP3 §6.4.2), so it is in the header.
 */
export function pagePolicy(scriptHashes = [], styleHashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    ...shared,
  ].join('; ');
}

/** The Content-Security-Policy header: `page` for HTML (its <meta> adds scripts and styles), `other` for the rest. */
export const headerPolicy = {
  page: [...shared, "frame-ancestors 'none'"].join('; '),
  other: `${pagePolicy()}; frame-ancestors 'none'`,
};

/** Caching: hashed build assets never change; pages and data may change with each build. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  page: 'public, max-age=300, must-revalidate',
};
