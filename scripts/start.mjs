#!/usr/bin/env node
// `npm start`: build the site if out/ is missing or older than the sources, then serve
// out/ on http://localhost:3000 (scripts/serve-site.mjs: production headers).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'out', 'index.html');
const inputs = ['app', 'components', 'content', 'lib', 'deploy', 'package.json', 'next.config.ts', 'contentlayer.config.ts'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((entry) => newestMtime(path.join(p, entry))));
}

const stale = !existsSync(stamp) || inputs.some((input) => newestMtime(path.join(root, input)) > statSync(stamp).mtimeMs);
if (stale) {
  console.log('Building the site (out/ is missing or older than its sources)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
spawn(process.execPath, [path.join(root, 'scripts', 'serve-site.mjs'), '--port', process.env.PORT ?? '3000'], {
  cwd: root,
  stdio: 'inherit',
}).on('exit', (code) => process.exit(code ?? 0));
