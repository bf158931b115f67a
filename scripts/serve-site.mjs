/**
 * Serves out/ the way a production static host would: clean trailing-slash URLs, the 404
 * page, gzip, and the security and cache headers of deploy/security-headers.mjs. Each page
 * carries its own script/style policy in a <meta> element (scripts/write-headers.mjs), so
 * there is no per-page table to read and none to go stale when out/ is rebuilt.
 *
 * out/ is a symlink to the current build (scripts/build-site.mjs); it is resolved once per
 * request, so a request is answered from one build and the next one from the newest. Only
 * GET and HEAD are answered (405 otherwise); a path that does not decode, or holds a NUL, is
 * a 400; nothing outside the build is served, whatever symlink leads there; an error in one
 * request never stops the server.
 *
 * Usage: node scripts/serve-site.mjs [--port 3000] [--host 127.0.0.1] [--root out]
 */
import { createReadStream, lstat, realpath } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs, promisify } from 'node:util';
import compression from 'compression';
import handler from 'serve-handler';
import { cacheControl, commonHeaders, headerPolicy } from '../deploy/security-headers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: path.join(root, 'out') },
  },
});
const site = path.resolve(values.root);
const realpathAsync = promisify(realpath);
const lstatAsync = promisify(lstat);

const METHODS = new Set(['GET', 'HEAD']);
const STATUS_TEXT = { 400: 'Bad Request', 405: 'Method Not Allowed', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable' };
/** A path that is never a file: requests for hidden files are answered with the 404 page. */
const NOT_FOUND = '/404.html-not-a-page';

/** The headers every response starts with; Content-Security-Policy is settled at writeHead. */
function baseHeaders(pathname = '') {
  return { ...commonHeaders, 'Cache-Control': pathname.startsWith('/_next/static/') ? cacheControl.immutable : cacheControl.page };
}

/** The raw response for requests that never reach a handler (malformed HTTP, bad paths, methods). */
function rawResponse(status, extra = {}) {
  const body = `${STATUS_TEXT[status]}\n`;
  const headers = { ...baseHeaders(), 'Content-Security-Policy': headerPolicy.other, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...extra };
  return { status, headers, body };
}

function send(res, { status, headers, body }) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, headers);
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * The decoded path of a request, or null if it cannot be served: undecodable percent-escapes,
 * a NUL, or not an origin-form path.
 */
function decodePath(url) {
  if (!url.startsWith('/')) return null;
  const raw = url.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * Settles Content-Security-Policy from the response's type, once it is known: HTML pages
 * carry their script/style policy in a <meta>; anything else gets the complete policy. A 416
 * gets no body (serve-handler would stream the whole file).
 */
function hookWriteHead(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const headers = rest.find((arg) => arg && typeof arg === 'object') ?? {};
    const type = String(headers['Content-Type'] ?? this.getHeader('content-type') ?? '');
    this.setHeader('Content-Security-Policy', type.startsWith('text/html') ? headerPolicy.page : headerPolicy.other);
    if (status === 416) {
      delete headers['Content-Length'];
      this.setHeader('Content-Length', 0);
    }
    return writeHead.call(this, status, ...rest);
  };
}

/** fs handlers for serve-handler that refuse any file whose real path is outside the build. */
function confinedHandlers(build, res) {
  const inside = async (file) => {
    const real = await realpathAsync(file);
    if (real !== build && !real.startsWith(build + path.sep)) throw Object.assign(new Error(`outside the site: ${file}`), { code: 'ENOENT' });
  };
  return {
    lstat: async (file) => (await inside(file), lstatAsync(file)),
    realpath: async (file) => (await inside(file), realpathAsync(file)),
    createReadStream: async (file, options) => {
      if (res.statusCode === 416) return Readable.from([]);
      await inside(file);
      // A read error (a file gone mid-response) ends this response, not the server.
      return createReadStream(file, options).on('error', () => res.destroy());
    },
  };
}

const gzip = compression();

async function serve(req, res) {
  if (!METHODS.has(req.method)) return send(res, rawResponse(405, { Allow: 'GET, HEAD' }));
  const pathname = decodePath(req.url ?? '');
  if (pathname === null) return send(res, rawResponse(400));
  let build;
  try {
    build = await realpathAsync(site);
  } catch {
    return send(res, rawResponse(503));
  }
  for (const [key, value] of Object.entries(baseHeaders(pathname))) res.setHeader(key, value);
  // Dot-files and build-time server configuration (older builds kept it in _headers/) are
  // not part of the site, however the path spells them.
  if (pathname.split('/').some((segment) => segment.startsWith('.') || segment.startsWith('_headers'))) req.url = NOT_FOUND;
  hookWriteHead(res);
  await new Promise((resolve, reject) => gzip(req, res, (error) => (error ? reject(error) : resolve())));
  await handler(
    req,
    res,
    {
      public: build,
      cleanUrls: true,
      trailingSlash: true,
      directoryListing: false,
      symlinks: false,
      headers: [{ source: '**/*.csv', headers: [{ key: 'Content-Type', value: 'text/csv; charset=utf-8' }] }],
    },
    confinedHandlers(build, res),
  );
}

const server = http.createServer((req, res) => {
  serve(req, res).catch((error) => {
    console.error(`${req.method} ${req.url}: ${error.stack ?? error}`);
    send(res, rawResponse(500));
  });
});
// Requests Node's parser rejects (bad request line, oversized headers) get a 400 with the
// security headers instead of a bare reset.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const { status, headers, body } = rawResponse(error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400, { Connection: 'close' });
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
});
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`Serving ${path.relative(root, site) || site}/ on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}/`);
});
