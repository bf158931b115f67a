/**
 * The one definition of the HTTP headers the site is served with. scripts/write-headers.mjs
 * turns it into the config of both servers — `serve` (npm start, tests) and nginx
 * (deploy/nginx.conf) — so the two cannot drift apart.
 */

/** Sent with every response. */
export const commonHeaders = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site needs none of these powerful features; denying them all limits any injected script.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Content-Security-Policy of an HTML page. Next's static export inlines a few bootstrap
 * scripts and the site's CSS into each page, so each page allows exactly its own inline
 * scripts and styles by hash: no 'unsafe-inline' and no 'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search engine (it does not allow eval of JavaScript).
 */
export function contentSecurityPolicy(scriptHashes = [], styleHashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Caching: hashed build assets never change; pages and data may change with each build. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  page: 'public, max-age=300, must-revalidate',
};
