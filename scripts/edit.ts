/**
 * `npm run edit`: the content editor, on this computer only (http://127.0.0.1:4400/).
 * Decap CMS's prebuilt page (node_modules/decap-cms/dist, served as files, never bundled)
 * with forms derived from the entity table (lib/editor/config.ts), reading and writing
 * content/ through the project's own backend (lib/editor/backend.ts), which runs the
 * build's content checks before it writes anything. Nothing here is part of the site:
 * Next never imports it and out/ holds none of it (tests/unit/editor-not-published.test.ts).
 *
 * EDIT_ROOT: the project folder whose content/ is edited (default: this one; the browser
 * tests point it at a scratch copy). EDIT_PORT: default 4400.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ContentBackend } from '../lib/editor/backend';
import { editorSetup } from '../lib/editor/config';
import { coveragePage, currentIds } from '../lib/editor/pages';

const projectRoot = path.resolve(__dirname, '..');
const root = path.resolve(process.env.EDIT_ROOT ?? projectRoot);
const contentDir = path.join(root, 'content');
const port = Number(process.env.EDIT_PORT ?? 4400);
const decapDist = path.join(projectRoot, 'node_modules/decap-cms/dist');
const editorDir = path.join(projectRoot, 'editor');
const backend = new ContentBackend(contentDir);
/** A request body larger than any content file allows (lib/content/file-checks.ts) times three languages. */
const MAX_BODY = 3 * 256 * 1024 + 64 * 1024;

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The editor talks to this server only: no third-party request can leave the page.
    // Decap checks its configuration with ajv, which compiles validators with new Function().
    'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, TYPES['.json']!, JSON.stringify(value));

/** A file of a folder by its plain name (no subfolders, no dot-dot). */
function staticFile(res: ServerResponse, dir: string, name: string): void {
  const file = path.join(dir, name);
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.') || !existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  send(res, 200, TYPES[path.extname(name)] ?? 'application/octet-stream', readFileSync(file));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) { reject(new Error('request too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname === '/api/v1') {
    let request: unknown;
    try {
      request = JSON.parse(await readBody(req));
    } catch (error) {
      return json(res, 400, { error: `the request is not JSON: ${(error as Error).message}` });
    }
    const reply = backend.handle(request);
    return json(res, reply.status, reply.body);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
  if (url.pathname === '/') return staticFile(res, editorDir, 'index.html');
  if (url.pathname === '/editor.json') return json(res, 200, editorSetup(currentIds(contentDir)));
  if (url.pathname === '/coverage/') return send(res, 200, TYPES['.html']!, coveragePage(contentDir));
  if (url.pathname.startsWith('/decap/')) return staticFile(res, decapDist, url.pathname.slice('/decap/'.length));
  if (url.pathname.startsWith('/editor/')) return staticFile(res, editorDir, url.pathname.slice('/editor/'.length));
  return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

const server = createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    // A server never dies on a request: the editor shows the message, the log keeps the stack.
    console.error(error);
    if (!res.headersSent) json(res, 500, { error: `The editor's server failed: ${error instanceof Error ? error.message : String(error)}` });
    else res.end();
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Content editor: http://127.0.0.1:${port}/  (editing ${path.relative(process.cwd(), contentDir) || contentDir})`);
  console.log('Saved changes are files in content/: review them with `git diff content/` and commit them. Stop with Ctrl+C.');
});
