/**
 * Bounded load test on loopback: a fixed number of requests over a mix of page types, data
 * files and assets, against the Node server (scripts/serve-site.mjs, as `npm start`) and,
 * when nginx is installed, nginx with deploy/nginx.conf. Prints requests/s, p50/p99
 * latency and errors per server; exits non-zero on any error or non-2xx response.
 *
 * Usage (after `npm run build`): npm run bench:load  [-- --requests 5000 --connections 20]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { requests: { type: 'string', default: '4000' }, connections: { type: 'string', default: '16' } } });
const amount = Number(values.requests);
const connections = Number(values.connections);
const pageTypes = JSON.parse(readFileSync(path.join(root, 'tests/page-types.json'), 'utf8'));
// A static asset: the page's stylesheet (pages without scripts name no script file, scripts/strip-framework.mjs).
const html = readFileSync(path.join(root, 'out/en/objectives/osp-5/index.html'), 'utf8');
const asset = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
if (!asset) throw new Error('out/en/objectives/osp-5/index.html names no stylesheet: build the site first');
const paths = [...Object.entries(pageTypes).filter(([t]) => t !== 'notFound').map(([, p]) => p), '/data/funding.csv', '/data/objectives.json', asset];
const requests = paths.map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'gzip' } }));

async function bench(name, url) {
  const result = await autocannon({ url, connections, amount, requests, timeout: 10 });
  const non2xx = result.non2xx ?? 0;
  return { server: name, requests: result.requests.sent, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx };
}

async function withNodeServer(port, run) {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-site.mjs'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  try { return await run(`http://127.0.0.1:${port}`); } finally { server.kill(); }
}

async function withNginx(run) {
  const nginx = spawnSync('which', ['nginx']).stdout.toString().trim() || (spawnSync('test', ['-x', '/usr/sbin/nginx']).status === 0 ? '/usr/sbin/nginx' : '');
  if (!nginx) return undefined;
  mkdirSync(path.join(root, '.nginx'), { recursive: true });
  const args = ['-p', `${root}/`, '-c', 'deploy/nginx.conf', ...(process.getuid?.() === 0 ? ['-g', 'user root;'] : [])];
  if (spawnSync(nginx, args, { stdio: 'inherit' }).status !== 0) throw new Error('nginx did not start');
  await new Promise((r) => setTimeout(r, 300));
  try { return await run('http://127.0.0.1:8080'); } finally { spawnSync(nginx, [...args, '-s', 'quit']); }
}

const results = [await withNodeServer(3300, (url) => bench('node (npm start)', url))];
const nginxResult = await withNginx((url) => bench('nginx', url));
if (nginxResult) results.push(nginxResult);
else console.log('nginx not installed: only the Node server was measured.');

console.log(`\n${amount} requests per server, ${connections} connections, ${paths.length} URLs in rotation, loopback\n`);
console.log('| server | requests | requests/s | p50 (ms) | p99 (ms) | errors | non-2xx |\n|---|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.server} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
if (results.some((r) => r.errors > 0 || r.non2xx > 0)) {
  console.error('\nErrors under load.');
  process.exit(1);
}
