/**
 * A throwaway copy of the project — its code, its content and its node_modules — in which
 * a check may change content and build without touching the real one: the bad-input check
 * (scripts/check-bad-inputs.mjs) and the editor's browser tests (tests/editor/).
 *
 * CLI: node scripts/scratch-project.mjs <dir>   (replaces <dir> with a fresh copy that can run `next build`)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** What a build reads besides content/ and node_modules. */
const PROJECT = ['app', 'components', 'lib', 'scripts', 'deploy', 'package.json', 'tsconfig.json', 'next.config.ts', 'contentlayer.config.ts', 'postcss.config.mjs'];

/**
 * Copies the project into `dir` (a new temporary folder if absent). node_modules is a
 * symbolic link, enough for the content steps; `nextBuild: true` makes it a hard-linked copy
 * instead, because Turbopack will not resolve packages through a symlink out of the project.
 */
export function scratchProject({ dir = mkdtempSync(path.join(tmpdir(), 'snia-scratch-')), content = true, nextBuild = false } = {}) {
  mkdirSync(dir, { recursive: true });
  for (const entry of [...PROJECT, ...(content ? ['content'] : [])]) {
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  linkModules(dir, nextBuild);
  return dir;
}

/** node_modules for the copy: a symlink, or hard links where `next build` will run. */
export function linkModules(dir, nextBuild) {
  const modules = path.join(dir, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  if (!nextBuild) return symlinkSync(path.join(root, 'node_modules'), modules, 'dir');
  if (spawnSync('cp', ['-al', path.join(root, 'node_modules'), modules]).status !== 0) {
    rmSync(modules, { recursive: true, force: true });
    cpSync(path.join(root, 'node_modules'), modules, { recursive: true, verbatimSymlinks: true });
  }
}

/**
 * Runs a command in a scratch copy to its end without blocking the event loop (so copies can
 * work side by side); resolves with its exit status and its output. contentlayer finds its
 * project through $PWD, not the process's cwd.
 */
export function run(command, args, dir) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, PWD: dir, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('close', (status) => resolve({ status, output }));
  });
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/scratch-project.mjs <dir>');
    process.exit(2);
  }
  rmSync(dir, { recursive: true, force: true });
  scratchProject({ dir: path.resolve(dir), nextBuild: true });
}
