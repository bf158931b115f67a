/**
 * Feeds the real build malformed content, one case at a time per scratch copy of the
 * project (two copies side by side): each must stop `npm run build` with a message naming
 * the file and the field (and, where given, the reason), and leave the previous out/ exactly
 * as it was (no partial site, no leftover build folder).
 *
 * Usage: npm run test:bad-inputs   (ONLY=<part of a case's name> runs matching cases;
 * BAD_INPUT_WORKERS=1 runs them one at a time)
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accepted, cases, remove } from './bad-input-cases.mjs';
import { linkModules, run, scratchProject } from './scratch-project.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Build folders a failed build left behind (scripts/build-site.mjs must remove its own). */
function leftoverBuilds(dir) {
  const builds = path.join(dir, '.builds');
  return existsSync(builds) ? readdirSync(builds).filter((entry) => entry !== '.lock') : [];
}

function resetContentAndOut(dir, marker) {
  rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'out'));
  writeFileSync(path.join(dir, 'out', 'index.html'), marker);
}

/** The content steps (`npm run content`): enough to show a file is accepted. */
const CONTENT_STEPS = 3;


/**
 * The build as `npm run build` runs it (content checks, then the site), stopping at the first
 * failure. contentlayer finds its project through $PWD, not the process's cwd.
 */
async function build(dir, stepCount = 4) {
  const bin = (name) => path.join(dir, 'node_modules', '.bin', name);
  const steps = [[bin('tsx'), ['scripts/stage-content.ts']], [bin('contentlayer2'), ['build']], [bin('tsx'), ['scripts/validate-content.ts']], [process.execPath, ['scripts/build-site.mjs']]].slice(0, stepCount);
  let output = '';
  for (const [command, args] of steps) {
    const result = await run(command, args, dir);
    output += result.output;
    if (result.status !== 0) return { ok: false, output };
  }
  return { ok: true, output };
}

/** One malformed input in its own scratch copy: the outcome and the lines to print. */
async function tryCase(dir, [what, breakIt, file, field, reason]) {
  const marker = `previous site ${randomUUID()}`;
  resetContentAndOut(dir, marker);
  breakIt(dir);
  const started = Date.now();
  const { ok, output } = await build(dir);
  // Our checks print "content/<file> › <field>: <reason>"; contentlayer's own (unknown field,
  // unknown type) name the file and list the field in their own layout: cases without a
  // reason accept either.
  const named = reason
    ? output.split('\n').some((line) => line.includes(`content/${file} › ${field}: `) && reason.test(line))
    : output.includes(file) && (field.startsWith('(') || output.includes(field));
  const untouched = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8') === marker && leftoverBuilds(dir).length === 0;
  const message = output.split('\n').find((l) => l.includes(file))?.trim() ?? '(no message naming the file)';
  const problems = [];
  if (ok) problems.push(`${what}: the build succeeded`);
  else if (!named) problems.push(`${what}: no message "content/${file} › ${field}: ${reason ?? ''}"\n${output.slice(-1500)}`);
  if (!untouched) problems.push(`${what}: out/ was changed`);
  return { what, passed: problems.length === 0, problems, seconds: (Date.now() - started) / 1000, message };
}

/**
 * Cases run WORKERS at a time, each worker in its own scratch copy: contentlayer and tsx are
 * mostly single-threaded, so two side by side take about half the time on a 2-core machine.
 */
const WORKERS = Number(process.env.BAD_INPUT_WORKERS ?? 2);
const only = (list) => list.filter((c) => (process.env.ONLY ? c[0].includes(process.env.ONLY) : true));
const dirs = Array.from({ length: WORKERS }, () => scratchProject({ content: false }));
const dir = dirs[0];
const failures = [];
const rows = [];
try {
  const queue = only(cases).map((c, i) => [i, c]);
  const results = [];
  await Promise.all(dirs.map(async (workerDir) => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [i, c] = next;
      results[i] = await tryCase(workerDir, c);
      console.log(`${results[i].passed ? 'ok  ' : 'FAIL'} ${results[i].what}\n     ${results[i].message.slice(0, 160)}`);
    }
  }));
  for (const result of results) {
    rows.push(result);
    failures.push(...result.problems);
  }
  for (const [what, change] of only(accepted)) {
    resetContentAndOut(dir, 'previous site');
    change(dir);
    const { ok, output } = await build(dir, CONTENT_STEPS);
    console.log(`${ok ? 'ok  ' : 'FAIL'} accepted: ${what}`);
    if (!ok) failures.push(`${what}: the content check refused it\n${output.slice(-1500)}`);
  }
  // Not an error: a missing translation. The build must succeed and the page show the English
  // text, marked lang="en", under a visible notice — never a broken or empty page.
  if (!process.env.ONLY || 'missing translation'.includes(process.env.ONLY)) {
    resetContentAndOut(dir, 'previous site');
    remove('i18n/fr/snia/objectives/osp-05.mdx')(dir);
    // This case reaches `next build`, and Turbopack will not resolve packages through a
    // symlink out of the project: give the scratch copy real (hard-linked) node_modules.
    linkModules(dir, true);
    const { ok, output } = await build(dir);
    const html = ok ? readFileSync(path.join(dir, 'out/fr/objectives/osp-5/index.html'), 'utf8') : '';
    const english = 'Facilitate the access of migrants and refugees to health services under the same conditions as Moroccans';
    const shown = html.includes('data-testid="translation-notice"') && html.includes(`<span lang="en">${english}</span>`);
    console.log(`${ok && shown ? 'ok  ' : 'FAIL'} missing translation: the French page falls back to English with a notice`);
    if (!ok) failures.push(`missing translation: the build failed\n${output.slice(-1500)}`);
    else if (!shown) failures.push('missing translation: out/fr/objectives/osp-5/ lacks the notice or the lang="en" English title');
  }
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
console.log(`\n${rows.length} malformed inputs tried; ${rows.filter((r) => r.passed).length} stopped the build with file and field named and out/ untouched.`);
if (failures.length > 0) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
