/**
 * Builds the site into a folder of its own, .builds/<id>/, and publishes it only when every
 * step has succeeded, by pointing the out symlink at it with one rename(2) — atomic: a reader
 * (serve-site.mjs, nginx) sees the old build or the new one, never a missing or mixed out/,
 * whatever moment the build is stopped at. A failed build leaves out/ as it was.
 *
 * A lock (.builds/.lock, holding the builder's pid) makes a second build fail at once
 * instead of deleting or overwriting the first one's files. The previous build is kept for
 * requests still reading it; older ones are deleted. Next writes the static export into
 * `distDir` (next.config.ts reads NEXT_DIST_DIR); its build cache stays in .next/.
 *
 * After Next: scripts/strip-framework.mjs takes the framework's runtime out of the pages that
 * need none (and fails if a page would lose JavaScript its components need), Pagefind
 * indexes the pages, scripts/write-headers.mjs writes each page's Content-Security-Policy.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const BUILDS = '.builds';
const lock = path.join(root, BUILDS, '.lock');
const out = path.join(root, 'out');
const id = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-')}-${process.pid}`;
const building = path.join(BUILDS, id);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Takes the build lock, or stops: another live build holds it. A lock whose builder is gone is taken over. */
function takeLock() {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on('exit', () => rmSync(lock, { force: true }));
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid > 0 && isAlive(pid)) fail(`Another build (pid ${pid}) is running: wait for it to finish (lock: ${path.relative(root, lock)}).`);
      rmSync(lock, { force: true });
    }
  }
  fail(`Could not take the build lock ${path.relative(root, lock)}.`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

/** The search index (scripts/search-index.mjs, Pagefind's Node API): fails on any error Pagefind reports. */
function searchIndex() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'search-index.mjs'), building], { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const failed = result.status !== 0 || !existsSync(path.join(root, building, 'pagefind', 'pagefind-entry.json'));
  if (failed) console.error(output);
  else console.log(output.trim());
  return !failed;
}

/**
 * Points out at the build with one rename(2) of a fresh symlink over it; returns the build
 * out pointed at before (a folder name in .builds/), if any.
 */
function publish() {
  const stat = lstatSync(out, { throwIfNoEntry: false });
  let previous = stat?.isSymbolicLink() ? path.basename(readlinkSync(out)) : null;
  // Once, on a checkout from before builds were versioned: out/ is a real folder, which a
  // symlink cannot be renamed over. It is moved aside first (the one moment out/ is absent)
  // and kept as the previous build.
  if (stat && !stat.isSymbolicLink()) {
    previous = `legacy-${id}`;
    renameSync(out, path.join(root, BUILDS, previous));
  }
  const next = path.join(root, `.out.tmp-${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(building, next);
  renameSync(next, out);
  return previous;
}

/** Deletes every build but the published one and the one before it (requests may still be reading it). */
function prune(previous) {
  const keep = new Set([id, previous]);
  for (const entry of readdirSync(path.join(root, BUILDS))) {
    if (entry !== '.lock' && !keep.has(entry)) rmSync(path.join(root, BUILDS, entry), { recursive: true, force: true });
  }
}

takeLock();
const steps = [
  ['next build', () => run(bin('next'), ['build'], { NEXT_DIST_DIR: building, NEXT_TELEMETRY_DISABLED: '1' })],
  // Before the index and the policies: Pagefind and the CSP hashes see the pages as published.
  ['framework runtime', () => run(process.execPath, [path.join(root, 'scripts', 'strip-framework.mjs'), building])],
  ['search index', searchIndex],
  ['security headers', () => run(bin('tsx'), [path.join(root, 'scripts', 'write-headers.mjs'), building])],
];
for (const [name, step] of steps) {
  if (!step()) {
    rmSync(path.join(root, building), { recursive: true, force: true });
    fail(`Build failed at step "${name}". out/ was left as it was.`);
  }
}
prune(publish());
console.log(`Site built into ${building}/ and published as out/.`);
