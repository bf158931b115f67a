/**
 * The editor's HTTP server (started by `npm run edit`, scripts/edit.ts): the editor page,
 * Decap's prebuilt files, the generated configuration, the coverage page and the storage
 * protocol (lib/editor/backend.ts). It serves this computer only, and refuses what a web page
 * elsewhere could send it: another Host (DNS rebinding), another Origin, or a body that is
 * not declared JSON (which a cross-site form could post without asking first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ContentBackend } from './backend';
import { editorSetup } from './config';
import { coveragePage, currentIds } from './pages';

/** A request body larger than three languages' worth of the largest content file (lib/content/file-checks.ts). */
const MAX_BODY = 3 * 256 * 1024 + 64 * 1024;
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

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

/** A file of a folder by its plain name (no subfolders, no dot-dot, no hidden files). */
function staticFile(res: ServerResponse, dir: string, name: string): void {
  const file = path.join(dir, name);
  if (!/^[\w][\w.-]*$/.test(name) || !existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  send(res, 200, TYPES[path.extname(name)] ?? 'application/octet-stream', readFileSync(file));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, `the request is larger than ${MAX_BODY / 1024} KB`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface EditorServerOptions {
  /** The project folder whose content/ is edited. */
  root: string;
  /** Where editor/ and node_modules/decap-cms are (this project). */
  projectRoot: string;
}

export function createEditorServer({ root, projectRoot }: EditorServerOptions): Server {
  const contentDir = path.join(root, 'content');
  const backend = new ContentBackend(contentDir);
  const decapDist = path.join(projectRoot, 'node_modules/decap-cms/dist');
  const editorDir = path.join(projectRoot, 'editor');

  async function route(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(req.headers.host ?? '')) throw new HttpError(403, 'the editor answers only at 127.0.0.1 or localhost');
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) throw new HttpError(403, 'requests from other sites are refused');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (req.method === 'POST' && url.pathname === '/api/v1') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'the request must be JSON (Content-Type: application/json)');
      const text = await readBody(req);
      let request: unknown;
      try {
        request = JSON.parse(text);
      } catch (error) {
        throw new HttpError(400, `the request is not JSON: ${(error as Error).message}`);
      }
      const reply = backend.handle(request);
      return json(res, reply.status, reply.body);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
    if (url.pathname === '/') return staticFile(res, editorDir, 'index.html');
    if (url.pathname === '/editor.json') return json(res, 200, editorSetup(currentIds(contentDir)));
    if (url.pathname === '/coverage/') return send(res, 200, TYPES['.html']!, coveragePage(contentDir));
    if (url.pathname.startsWith('/decap/')) return staticFile(res, decapDist, url.pathname.slice('/decap/'.length));
    if (url.pathname.startsWith('/editor/')) return staticFile(res, editorDir, url.pathname.slice('/editor/'.length));
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  const server = createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    route(req, res, port).catch((error: unknown) => {
      // A server never dies on a request: the editor shows the message, the log keeps the stack.
      if (!(error instanceof HttpError)) console.error(error);
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : `The editor's server failed: ${error instanceof Error ? error.message : String(error)}`;
      if (!res.headersSent) json(res, status, { error: message });
      else res.end();
    });
  });
  return server;
}
