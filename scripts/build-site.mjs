/**
 * Builds the site into a temporary folder and swaps it into out/ only when every step has
 * succeeded, so a failed build (bad content, a compile error) leaves the previous out/ —
 * and any server reading it — untouched. Next writes a static export into `distDir`
 * (next.config.ts reads NEXT_DIST_DIR); its build cache stays in .next/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const building = '.out-building';
const previous = '.out-previous';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const steps = [
  ['next build', () => run(bin('next'), ['build'], { NEXT_DIST_DIR: building, NEXT_TELEMETRY_DISABLED: '1' })],
  ['search index', () => run(bin('pagefind'), ['--site', building, '--quiet'])],
  ['security headers', () => run(process.execPath, [path.join(root, 'scripts', 'write-headers.mjs'), building])],
];

rmSync(path.join(root, building), { recursive: true, force: true });
for (const [name, step] of steps) {
  if (!step()) {
    rmSync(path.join(root, building), { recursive: true, force: true });
    console.error(`\nBuild failed at step "${name}". out/ was left as it was.`);
    process.exit(1);
  }
}
rmSync(path.join(root, previous), { recursive: true, force: true });
if (existsSync(path.join(root, 'out'))) renameSync(path.join(root, 'out'), path.join(root, previous));
renameSync(path.join(root, building), path.join(root, 'out'));
rmSync(path.join(root, previous), { recursive: true, force: true });
console.log('Site built into out/.');
