/**
 * scripts/serve-site.mjs (npm start, the e2e server) against hostile and unusual requests,
 * sent raw over a socket so nothing normalises them first. The server serves a scratch
 * "out" symlink to a scratch build, like the one scripts/build-site.mjs publishes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonHeaders, headerPolicy } from '../../deploy/security-headers.mjs';

const SECRET = 'build-time-table-never-served';
const page = (version: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-${version}'"><title>${version}</title></head><body>${version}</body></html>`;

let scratch: string;
let server: ChildProcess;
let port: number;

/** A build folder as scripts/build-site.mjs leaves one, with the traps a hostile build or host could hold. */
function writeBuild(name: string, version: string) {
  const build = path.join(scratch, name);
  mkdirSync(path.join(build, 'en'), { recursive: true });
  mkdirSync(path.join(build, 'data'));
  mkdirSync(path.join(build, '_headers'));
  writeFileSync(path.join(build, 'en', 'index.html'), page(version));
  writeFileSync(path.join(build, '404.html'), '<!DOCTYPE html><html><head><title>404</title></head><body><h1>Not found</h1></body></html>');
  writeFileSync(path.join(build, 'data', 'funding.csv'), 'donor,amount\nfinland,100\n');
  writeFileSync(path.join(build, '_headers', 'csp.json'), JSON.stringify({ default: SECRET, pages: { '/en/index.html': `script-src 'sha256-${version}'` } }));
  writeFileSync(path.join(build, '.env'), SECRET);
  symlinkSync('/etc/passwd', path.join(build, 'passwd.txt'));
  symlinkSync('/etc', path.join(build, 'etc'));
  return build;
}

/** Points scratch/out at a build in one rename(2), as the build does. */
function publish(name: string) {
  symlinkSync(name, path.join(scratch, 'out.tmp'));
  renameSync(path.join(scratch, 'out.tmp'), path.join(scratch, 'out'));
}

interface RawResponse { status: number; headers: Record<string, string>; body: string }

/** Sends bytes as they are and parses the answer (no chunked bodies: the cases here have none or are read whole). */
function raw(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}
const get = (target: string, method = 'GET', extra = '') => raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`);

function expectSecurityHeaders(res: RawResponse) {
  for (const [key, value] of Object.entries(commonHeaders)) expect(res.headers[key.toLowerCase()], key).toBe(value);
  expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

/** Starts serve-site.mjs on a free port over `root`; resolves with the process and its port. */
async function startServer(root: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['scripts/serve-site.mjs', '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /:(\d+)\//.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, port: listening };
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'serve-site-test-'));
  writeBuild('build-1', 'one');
  publish('build-1');
  ({ child: server, port } = await startServer(path.join(scratch, 'out')));
});

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

describe('serve-site.mjs', () => {
  it('serves a page with the security headers, the page policy header and its own <meta> policy', async () => {
    const res = await get('/en/');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers['content-security-policy']).toBe(headerPolicy.page);
    expect(res.body).toContain("'sha256-one'");
  });

  it('gives other files the complete policy', async () => {
    const res = await get('/data/funding.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(headerPolicy.other);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
  });

  it.each([
    ['a lone %', '/%'],
    ['a truncated UTF-8 escape', '/%E0%A4%A'],
    ['an escaped NUL', '/en/%00'],
    ['an escaped NUL before an extension', '/index.html%00.txt'],
    ['an absolute URL that is not a path', 'http://evil.example/en/'],
  ])('answers %s with 400 and the security headers, and keeps running', async (_, target) => {
    const res = await get(target);
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    expect((await get('/en/')).status).toBe(200);
  });

  it('answers a request line HTTP cannot parse with 400 and the security headers', async () => {
    const res = await raw('GARBAGE\r\n\r\n');
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    expect((await get('/en/')).status).toBe(200);
  });

  it('answers headers too large for Node (a 20 kB URI) with 431 and the security headers', async () => {
    const res = await get(`/${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expectSecurityHeaders(res);
    expect((await get('/en/')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const res = await get('/en/', method, 'Content-Length: 0\r\n');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(res);
  });

  it('answers HEAD without a body', async () => {
    const res = await get('/en/', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });

  it('answers a Range beyond the file with 416 and no body', async () => {
    const res = await get('/data/funding.csv', 'GET', 'Range: bytes=10000-20000\r\n');
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe('bytes */25');
    expect(res.body).toBe('');
    expectSecurityHeaders(res);
  });

  it('answers a satisfiable Range with just that part', async () => {
    const res = await get('/data/funding.csv', 'GET', 'Range: bytes=0-4\r\n');
    expect(res.status).toBe(206);
    expect(res.body).toBe('donor');
  });

  it.each(['/_headers/csp.json', '/_headers%2fcsp.json', '/%5fheaders/csp.json', '/%5Fheaders%2Fcsp.json', '/.env', '/%2eenv'])('never serves the build-time file %s', async (target) => {
    const res = await get(target);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(SECRET);
    expectSecurityHeaders(res);
  });

  it.each(['/passwd.txt', '/etc/host.conf', '/etc/passwd/', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd'])('does not follow %s out of the site', async (target) => {
    const res = await get(target);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toMatch(/root:|multi on|order hosts/);
    expectSecurityHeaders(res);
  });

  it('answers from the new build as soon as out/ points at it, without a restart', async () => {
    expect((await get('/en/')).body).toContain("'sha256-one'");
    writeBuild('build-2', 'two');
    publish('build-2');
    const res = await get('/en/');
    expect(res.status).toBe(200);
    expect(res.body).toContain("'sha256-two'");
    expect(res.body).not.toContain("'sha256-one'");
    expect(res.headers['content-security-policy']).not.toContain("'sha256-one'");
  });

  it('answers 503 with the security headers while no build is published, and serves one once there is', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'serve-site-empty-'));
    const other = await startServer(path.join(empty, 'out'));
    const mainPort = port;
    try {
      port = other.port;
      const res = await get('/en/');
      expect(res.status).toBe(503);
      expectSecurityHeaders(res);
      symlinkSync(path.join(scratch, 'build-1'), path.join(empty, 'out'));
      expect((await get('/en/')).status).toBe(200);
    } finally {
      port = mainPort;
      other.child.kill();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('is still answering after all of the above', async () => {
    expect(server.exitCode).toBeNull();
    expect((await get('/en/')).status).toBe(200);
  });
});
