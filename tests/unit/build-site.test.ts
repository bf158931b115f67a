/**
 * scripts/build-site.mjs publishes atomically and one build at a time. It runs here in a
 * scratch project whose `next`, search index and `tsx` are stand-ins (seconds, not minutes):
 * what is under test is the folder handling, the lock and the failure rules, not Next.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const FAKES = {
  // Writes a one-page export; FAKE_SLEEP makes it slow, FAKE_NEXT_FAIL makes it fail.
  next: '#!/bin/sh\nset -e\n[ -n "$FAKE_SLEEP" ] && sleep "$FAKE_SLEEP"\n[ -n "$FAKE_NEXT_FAIL" ] && exit 1\nmkdir -p "$NEXT_DIST_DIR/en"\necho "$FAKE_VERSION" > "$NEXT_DIST_DIR/index.html"\n',
  tsx: '#!/bin/sh\nexit 0\n',
};

let dir: string;
const out = () => path.join(dir, 'out');
const served = () => readFileSync(path.join(out(), 'index.html'), 'utf8').trim();
const builds = () => (existsSync(path.join(dir, '.builds')) ? readdirSync(path.join(dir, '.builds')).filter((e) => e !== '.lock').sort() : []);

function start(env: Record<string, string> = {}): ChildProcess & { done: Promise<{ code: number | null; output: string }> } {
  // Its own process group, so a test can kill the build and everything it started, as a crash would.
  const child = spawn(process.execPath, ['scripts/build-site.mjs'], { cwd: dir, detached: true, env: { ...process.env, FAKE_VERSION: 'new', ...env } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return Object.assign(child, { done: new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output }))) });
}
const build = (env: Record<string, string> = {}) => start(env).done;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-site-test-'));
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.resolve('scripts/build-site.mjs'), path.join(dir, 'scripts/build-site.mjs'));
  writeFileSync(path.join(dir, 'scripts/write-headers.mjs'), 'process.exit(0);\n');
  // Writes an index; FAKE_PAGEFIND_FAILED reports a page Pagefind could not index, as scripts/search-index.mjs does.
  writeFileSync(path.join(dir, 'scripts/search-index.mjs'), [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    "mkdirSync(process.argv[2] + '/pagefind', { recursive: true });",
    "writeFileSync(process.argv[2] + '/pagefind/pagefind-entry.json', '{}');",
    "if (process.env.FAKE_PAGEFIND_FAILED) { console.error('Search index failed:\\nen/index.html: 2 files failed to index'); process.exit(1); }",
    "console.log('Indexed 1 pages.');",
  ].join('\n'));
  // FAKE_STRIP_FAIL: a page would lose the JavaScript its components need.
  writeFileSync(path.join(dir, 'scripts/strip-framework.mjs'), 'if (process.env.FAKE_STRIP_FAIL) { console.error("en/x/index.html renders components/x.client.tsx"); process.exit(1); }\n');
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  for (const [name, text] of Object.entries(FAKES)) {
    writeFileSync(path.join(dir, 'node_modules/.bin', name), text);
    chmodSync(path.join(dir, 'node_modules/.bin', name), 0o755);
  }
  // A checkout from before versioned builds: out/ is a real folder.
  mkdirSync(out());
  writeFileSync(path.join(out(), 'index.html'), 'old\n');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('build-site.mjs', () => {
  it('publishes out as a symlink to the new build, taking over an old real out/ folder', async () => {
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(lstatSync(out()).isSymbolicLink()).toBe(true);
    expect(served()).toBe('new');
    expect(existsSync(path.join(dir, '.builds/.lock'))).toBe(false);
  });

  it('keeps the published build and the one before it, no more', async () => {
    for (const version of ['one', 'two', 'three']) expect((await build({ FAKE_VERSION: version })).code).toBe(0);
    expect(served()).toBe('three');
    expect(builds()).toHaveLength(2);
    expect(builds().map((b) => readFileSync(path.join(dir, '.builds', b, 'index.html'), 'utf8').trim()).sort()).toEqual(['three', 'two']);
  });

  it('leaves out/ as it was, and no build folder, when a step fails', async () => {
    expect((await build({ FAKE_VERSION: 'good' })).code).toBe(0);
    const before = builds();
    const { code, output } = await build({ FAKE_NEXT_FAIL: '1' });
    expect(code).toBe(1);
    expect(output).toContain('Build failed at step "next build"');
    expect(served()).toBe('good');
    expect(builds()).toEqual(before);
  });

  it('fails when the search index reports a page Pagefind could not index', async () => {
    const { code, output } = await build({ FAKE_PAGEFIND_FAILED: '1' });
    expect(code).toBe(1);
    expect(output).toContain('2 files failed to index');
    expect(output).toContain('Build failed at step "search index"');
    expect(served()).toBe('old');
  });

  it('fails, naming the page, when removing the framework runtime would break one, before the index is written', async () => {
    const { code, output } = await build({ FAKE_STRIP_FAIL: '1' });
    expect(code).toBe(1);
    expect(output).toContain('en/x/index.html renders components/x.client.tsx');
    expect(output).toContain('Build failed at step "framework runtime"');
    expect(output).not.toContain('Indexed 1 page');
    expect(served()).toBe('old');
  });

  it('refuses a second build while one runs, and the first publishes whole', async () => {
    const first = start({ FAKE_SLEEP: '2', FAKE_VERSION: 'first' });
    await new Promise((r) => setTimeout(r, 500));
    const second = await build({ FAKE_VERSION: 'second' });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Another build \(pid \d+\) is running/);
    const { code, output } = await first.done;
    expect(code, output).toBe(0);
    expect(served()).toBe('first');
    expect(builds()).toHaveLength(2); // first, and the old out/ it replaced
  });

  it('takes over the lock of a build that died, and a killed build leaves out/ serving', async () => {
    expect((await build({ FAKE_VERSION: 'good' })).code).toBe(0);
    const killed = start({ FAKE_SLEEP: '5', FAKE_VERSION: 'never' });
    await new Promise((r) => setTimeout(r, 500));
    process.kill(-(killed.pid ?? 0), 'SIGKILL');
    await killed.done;
    expect(existsSync(path.join(dir, '.builds/.lock'))).toBe(true);
    expect(served()).toBe('good');
    const { code, output } = await build({ FAKE_VERSION: 'after' });
    expect(code, output).toBe(0);
    expect(served()).toBe('after');
  });

  it('leaves out/ whole if the build is killed right after any rename that touches it', async () => {
    expect((await build({ FAKE_VERSION: 'a' })).code).toBe(0);
    // Preloaded into the build: SIGKILL straight after a rename to or from out, the worst
    // moment for a power cut.
    writeFileSync(
      path.join(dir, 'crash-after-rename.mjs'),
      "import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\nimport path from 'node:path';\nconst rename = fs.renameSync;\nfs.renameSync = (from, to) => { rename(from, to); if ([from, to].some((p) => path.basename(p) === 'out')) process.kill(process.pid, 'SIGKILL'); };\nsyncBuiltinESMExports();\n",
    );
    const child = spawn(process.execPath, ['--import', './crash-after-rename.mjs', 'scripts/build-site.mjs'], { cwd: dir, env: { ...process.env, FAKE_VERSION: 'b' } });
    const signal = await new Promise((resolve) => child.on('exit', (_, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    expect(['a', 'b']).toContain(served());
  });
});
