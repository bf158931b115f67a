/**
 * Build benchmark: synthetic content at 1×, 10× and 50× today's volume (scripts/
 * bench-content.mjs), each built step by step in a scratch copy of the project under
 * .bench/ (inside the repository, so Next's bundler resolves node_modules as usual).
 * Prints wall time and peak memory per step and pages per second, as a table and as JSON
 * in bench-results/. Never touches content/ or out/.
 *
 * Usage: npm run bench:build [-- --sizes 1,10,50] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './bench-content.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10,50' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const PROJECT = ['app', 'components', 'lib', 'scripts', 'deploy', 'package.json', 'tsconfig.json', 'next.config.ts', 'contentlayer.config.ts', 'postcss.config.mjs'];

/** Runs one step under /usr/bin/time -v: wall seconds and peak resident memory (largest process). */
function timed(dir, command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // contentlayer finds its project through $PWD.
    env: { ...process.env, PWD: dir, NEXT_TELEMETRY_DISABLED: '1'},
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
    process.exit(1);
  }
  return { seconds: Math.round(seconds * 10) / 10, peakMb: Math.round(peakKb / 1024) };
}

function buildSize(factor) {
  const dir = path.join(root, '.bench', `${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT) if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  const files = generateContent(path.join(root, 'content'), path.join(dir, 'content'), factor);
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  const steps = {
    preflight: timed(dir, bin('tsx'), ['scripts/stage-content.ts']),
    contentlayer: timed(dir, bin('contentlayer2'), ['build']),
    validate: timed(dir, bin('tsx'), ['scripts/validate-content.ts']),
    next: timed(dir, bin('next'), ['build']),
    pagefind: timed(dir, process.execPath, ['scripts/search-index.mjs', 'out']),
    headers: timed(dir, bin('tsx'), ['scripts/write-headers.mjs', 'out']),
  };
  const pages = readdirSync(path.join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const total = Math.round(Object.values(steps).reduce((s, x) => s + x.seconds, 0) * 10) / 10;
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return { factor, files, pages, steps, totalSeconds: total, peakMb: Math.max(...Object.values(steps).map((s) => s.peakMb)), pagesPerSecond: Math.round((pages / total) * 10) / 10 };
}

const results = [];
for (const factor of sizes) {
  console.log(`Building ${factor}× …`);
  results.push(buildSize(factor));
  const r = results.at(-1);
  console.log(`  ${r.files} files, ${r.pages} pages, ${r.totalSeconds} s, peak ${r.peakMb} MB`);
}
if (!values.keep) rmSync(path.join(root, '.bench'), { recursive: true, force: true });

const stepNames = Object.keys(results[0].steps);
console.log(`\n| size | content files | HTML pages | ${stepNames.map((s) => `${s} s (peak MB)`).join(' | ')} | total s | peak MB | pages/s |`);
console.log(`|${'---|'.repeat(stepNames.length + 6)}`);
for (const r of results) {
  console.log(`| ${r.factor}× | ${r.files} | ${r.pages} | ${stepNames.map((s) => `${r.steps[s].seconds} (${r.steps[s].peakMb})`).join(' | ')} | ${r.totalSeconds} | ${r.peakMb} | ${r.pagesPerSecond} |`);
}
const one = results.find((r) => r.factor === 1);
const ten = results.find((r) => r.factor === 10);
const fifty = results.find((r) => r.factor === 50);
const targets = [
  one && [`1× builds in ≤ 60 s`, one.totalSeconds <= 60, `${one.totalSeconds} s`],
  one && ten && [`10× in ≤ 3 × the 1× time`, ten.totalSeconds <= 3 * one.totalSeconds, `${(ten.totalSeconds / one.totalSeconds).toFixed(2)}×`],
  fifty && [`50× in < 15 min and < 8 GB`, fifty.totalSeconds < 900 && fifty.peakMb < 8192, `${fifty.totalSeconds} s, ${fifty.peakMb} MB`],
].filter(Boolean);
console.log('');
for (const [name, ok, got] of targets) console.log(`${ok ? 'met    ' : 'MISSED '} ${name}: ${got}`);
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', `build-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }, null, 2)}\n`);
console.log(`\nJSON: ${path.relative(root, file)}`);
