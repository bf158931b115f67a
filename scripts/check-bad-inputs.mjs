/**
 * Feeds the real build malformed content, one case at a time per scratch copy of the
 * project (two copies side by side): each must stop `npm run build` with a message naming
 * the file and the field (and, where given, the reason), and leave the previous out/ exactly
 * as it was (no partial site, no leftover build folder).
 *
 * Usage: npm run test:bad-inputs   (ONLY=<part of a case's name> runs matching cases;
 * BAD_INPUT_WORKERS=1 runs them one at a time)
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const PROJECT = ['app', 'components', 'lib', 'scripts', 'deploy', 'package.json', 'tsconfig.json', 'next.config.ts', 'contentlayer.config.ts', 'postcss.config.mjs'];

const edit = (file, from, to) => (dir) => {
  const full = path.join(dir, 'content', file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`case setup: "${from}" not in ${file}`);
  writeFileSync(full, text.replace(from, to));
};
const write = (file, data) => (dir) => writeFileSync(path.join(dir, 'content', file), data);
const dropLine = (file, prefix) => (dir) => {
  const full = path.join(dir, 'content', file);
  const lines = readFileSync(full, 'utf8').split('\n');
  if (!lines.some((l) => l.startsWith(prefix))) throw new Error(`case setup: no line "${prefix}…" in ${file}`);
  writeFileSync(full, lines.filter((l) => !l.startsWith(prefix)).join('\n'));
};
const replaceLine = (file, prefix, line) => (dir) => {
  const full = path.join(dir, 'content', file);
  const lines = readFileSync(full, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(prefix));
  if (at === -1) throw new Error(`case setup: no line "${prefix}…" in ${file}`);
  lines[at] = line;
  writeFileSync(full, lines.join('\n'));
};
const remove = (file) => (dir) => unlinkSync(path.join(dir, 'content', file));

/** [what, how to break the content, file and field the message must name] */
const cases = [
  ['broken YAML (unclosed bracket)', edit('snia/objectives/osp-05.mdx', 'programme: health', 'programme: [health'), 'snia/objectives/osp-05.mdx', '(file)'],
  ['wrong type: programme number as a word', edit('snia/programmes/03-health.mdx', 'number: 3', 'number: three'), 'snia/programmes/03-health.mdx', 'number'],
  ['missing required field', edit('snia/objectives/osp-05.mdx', 'title: "Facilitate the access of migrants and refugees to health services under the same conditions as Moroccans"\n', ''), 'snia/objectives/osp-05.mdx', 'title'],
  ['unknown field (typo)', edit('snia/objectives/osp-05.mdx', 'title:', 'titel:'), 'snia/objectives/osp-05.mdx', 'titel'],
  ['unknown programme reference', edit('snia/objectives/osp-05.mdx', 'programme: health', 'programme: hospitals'), 'snia/objectives/osp-05.mdx', 'programme'],
  ['unknown donor reference', edit('iom/projects/y-med.mdx', '"italy-ministry-of-foreign-affairs"', '"italy-ministry"'), 'iom/projects/y-med.mdx', 'donors.0'],
  ['unknown source id', edit('snia/actions/3-4.mdx', 'sources: [mdcmream-achievements]', 'sources: [ministry-site]'), 'snia/actions/3-4.mdx', 'sources.0'],
  ['duplicate objective code', edit('snia/objectives/osp-06.mdx', 'code: "OSP 6"', 'code: "OSP 5"'), 'snia/objectives/osp-06.mdx', 'code'],
  ['duplicate action code', edit('snia/actions/3-6.mdx', 'code: "3.6"', 'code: "3.4"'), 'snia/actions/3-6.mdx', 'code'],
  ['action code does not match its programme number', edit('snia/actions/3-4.mdx', 'code: "3.4"', 'code: "4.4"'), 'snia/actions/3-4.mdx', 'code'],
  ['objective code out of the strategy\'s range', edit('snia/objectives/osp-05.mdx', 'code: "OSP 5"', 'code: "OSP 28"'), 'snia/objectives/osp-05.mdx', 'code'],
  ['malformed code', edit('snia/objectives/osp-05.mdx', 'code: "OSP 5"', 'code: "OSP-05"'), 'snia/objectives/osp-05.mdx', 'code'],
  ['an objective missing', remove('snia/objectives/osp-27.mdx'), 'snia/strategy.mdx', 'totals'],
  ['action tied to another programme\'s objective', edit('snia/actions/2-1.mdx', 'objectives: ["OSP 4"]', 'objectives: ["OSP 5"]'), 'snia/actions/2-1.mdx', 'objectives.0'],
  ['shared description not listed both ways', edit('snia/actions/3-1.mdx', 'sharedWith: ["3.2", "3.3", "3.5"]', 'sharedWith: ["3.2", "3.3", "3.5", "3.4"]'), 'snia/actions/3-1.mdx', 'sharedWith.3'],
  ['script tag in a frontmatter string', edit('snia/objectives/osp-05.mdx', 'title: "Facilitate', 'title: "<script>alert(1)</script>Facilitate'), 'snia/objectives/osp-05.mdx', 'title'],
  ['javascript: URL as a source', edit('sources/iom-morocco.mdx', 'url: "https://mena.iom.int/morocco"', 'url: "javascript:alert(1)"'), 'sources/iom-morocco.mdx', 'url'],
  ['plain http URL as a source', edit('sources/iom-morocco.mdx', 'url: "https://mena.iom.int/morocco"', 'url: "http://mena.iom.int/morocco"'), 'sources/iom-morocco.mdx', 'url'],
  ['unquoted, impossible date', edit('snia/objectives/osp-05.mdx', 'lastChecked: "2026-11-23"', 'lastChecked: 2026-13-45'), 'snia/objectives/osp-05.mdx', 'lastChecked'],
  ['summary too long for a meta description', edit('snia/programmes/03-health.mdx', 'summary: "Giving', `summary: "${'Very long. '.repeat(20)}Giving`), 'snia/programmes/03-health.mdx', 'summary'],
  ['empty file', write('snia/objectives/osp-05.mdx', ''), 'snia/objectives/osp-05.mdx', '(file)'],
  ['non-UTF-8 file', write('snia/objectives/osp-05.mdx', Buffer.from('---\ncode: "OSP 5"\ntitle: "\xe9ducation"\n---\n', 'latin1')), 'snia/objectives/osp-05.mdx', '(file)'],
  ['5 MB file', write('snia/objectives/osp-05.mdx', `${readFileSync(path.join(root, 'content/snia/objectives/osp-05.mdx'), 'utf8')}\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}`), 'snia/objectives/osp-05.mdx', '(file)'],
  ['file with no frontmatter', write('snia/objectives/osp-05.mdx', 'Facilitate access to health services.\n'), 'snia/objectives/osp-05.mdx', '(frontmatter)'],
  ['frontmatter that is a list, not fields', write('snia/objectives/osp-05.mdx', '---\n- code\n- title\n---\n'), 'snia/objectives/osp-05.mdx', '(file)'],
  ['official title reworded (not verbatim in its source)', edit('snia/objectives/osp-21.mdx', 'national contractual framework', 'national framework of conventions'), 'snia/objectives/osp-21.mdx', 'title'],
  ['official project title with a word added', edit('iom/projects/rdpp-north-africa.mdx', 'Regional Development Protection', 'Regional Development and Protection'), 'iom/projects/rdpp-north-africa.mdx', 'title'],
  ['source record without its snapshot text', remove('sources/rdpp-na.txt'), 'sources/rdpp-na.mdx', 'snapshot'],
  ['a number in no cited source', edit('snia/programmes/04-housing.mdx', 'Since 2015,', 'Since 2016,'), 'snia/programmes/04-housing.mdx', '(body)'],
  ['a quoted passage not in the cited source', edit('snia/programmes/06-professional-training.mdx', 'unanimously recognised', '“widely recognized”'), 'snia/programmes/06-professional-training.mdx', '(body)'],
  ['a phone number in no cited source', (dir) => { edit('iom/contacts/iom-rabat.mdx', 'e164: "+212537652881"', 'e164: "+212537652882"')(dir); edit('iom/contacts/iom-rabat.mdx', 'display: "+212 (0)5 37 65 28 81"', 'display: "+212 (0)5 37 65 28 82"')(dir); }, 'iom/contacts/iom-rabat.mdx', 'phones.0.e164'],
  ['stray file of no known type', write('snia/notes.mdx', '---\ntitle: "Notes"\n---\n'), 'snia/notes.mdx', '(file)'],
  // Translations (content/i18n/<fr|ar>/…): text only, checked against the English base.
  ['translation of an entity that does not exist', write('i18n/fr/snia/objectives/osp-99.mdx', '---\ntitle: "Objectif inconnu"\n---\n'), 'i18n/fr/snia/objectives/osp-99.mdx', '(file)'],
  ['structural field (code) in a translation', edit('i18n/fr/snia/objectives/osp-05.mdx', 'title:', 'code: "OSP 5"\ntitle:'), 'i18n/fr/snia/objectives/osp-05.mdx', 'code'],
  ['translation missing a required text field', dropLine('i18n/ar/snia/programmes/03-health.mdx', 'summary:'), 'i18n/ar/snia/programmes/03-health.mdx', 'summary'],
  ['translated list of another length', edit('i18n/fr/snia/strategy.mdx', '  - "Mettre à niveau le cadre réglementaire"\n', ''), 'i18n/fr/snia/strategy.mdx', 'strategicObjectives'],
  ['translation whose cross-links differ from the base', edit('i18n/fr/snia/programmes/03-health.mdx', '<Objective code="OSP 5" />', '<Objective code="OSP 7" />'), 'i18n/fr/snia/programmes/03-health.mdx', '(body)'],
  ['broken MDX in the body', edit('snia/programmes/03-health.mdx', 'The health programme', '<Unclosed The health programme'), 'snia/programmes/03-health.mdx', '(body)', /line \d+: not valid MDX/],
  // Content is data (lib/content/body.ts, file-checks.ts): each probe of the security pass.
  ['body expression publishing the environment', edit('snia/programmes/03-health.mdx', 'The health programme', 'Home {process.env.HOME}. The health programme'), 'snia/programmes/03-health.mdx', '(body)', /line \d+: \{…\} expressions are not allowed/],
  ['body expression running a command', edit('snia/programmes/03-health.mdx', 'The health programme', "{process.getBuiltinModule('child_process').execSync('id -un').toString()} The health programme"), 'snia/programmes/03-health.mdx', '(body)', /expressions are not allowed/],
  ['body importing a repository file', edit('snia/programmes/03-health.mdx', 'The health programme', "import pkg from '../../../package.json'\n\nThe health programme"), 'snia/programmes/03-health.mdx', '(body)', /import and export statements are not allowed/],
  ['script element in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '<script>alert(1)</script>\n\nThe health programme'), 'snia/programmes/03-health.mdx', '(body)', /<script> is not allowed/],
  ['style element in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '<style>body</style>\n\nThe health programme'), 'snia/programmes/03-health.mdx', '(body)', /<style> is not allowed/],
  ['meta refresh in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '<meta httpEquiv="refresh" content="0;url=https://example.org/" />\n\nThe health programme'), 'snia/programmes/03-health.mdx', '(body)', /<meta> is not allowed/],
  ['iframe in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '<iframe src="https://example.org/"></iframe>\n\nThe health programme'), 'snia/programmes/03-health.mdx', '(body)', /<iframe> is not allowed/],
  ['expression in a translation body', edit('i18n/fr/snia/programmes/03-health.mdx', 'Le programme Santé', '{process.env.HOME} Le programme Santé'), 'i18n/fr/snia/programmes/03-health.mdx', '(body)', /expressions are not allowed/],
  ['expression as a component prop', edit('snia/programmes/03-health.mdx', '<Objective code="OSP 5" />', "<Objective code={'OSP 99'} />"), 'snia/programmes/03-health.mdx', '(body)', /must be a literal string/],
  ['unknown component in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '<Foo /> The health programme'), 'snia/programmes/03-health.mdx', '(body)', /<Foo> is not allowed/],
  ['javascript: link in a body', edit('snia/programmes/03-health.mdx', 'The health programme', '[Click](javascript:alert(1)) The health programme'), 'snia/programmes/03-health.mdx', '(body)', /only https:, mailto: and tel:/],
  ['link to a page that does not exist', edit('snia/programmes/03-health.mdx', 'The health programme', '[Clinics](/clinics/) The health programme'), 'snia/programmes/03-health.mdx', '(body)', /"\/clinics\/": there is no such page/],
  ['lists nested 50,000 deep', edit('snia/programmes/03-health.mdx', 'The health programme', `${'- '.repeat(50_000)}x\n\nThe health programme`), 'snia/programmes/03-health.mdx', '(body)', /limit is 32 KB/],
  ['frontmatter in JavaScript (---js)', write('snia/objectives/osp-05.mdx', '---js\n{ title: require("child_process").execSync("id -un").toString() }\n---\n'), 'snia/objectives/osp-05.mdx', '(frontmatter)', /first line must be exactly "---"/],
  ['type: field moving a translation to a base donor', edit('i18n/fr/iom/donors/idf.mdx', '---\n', '---\ntype: Donor\nslug: injected\n'), 'i18n/fr/iom/donors/idf.mdx', 'type', /kind comes from its folder \(here Translation\)/],
  ['symbolic link to a file outside the repository', (dir) => symlinkSync('/etc/hostname', path.join(dir, 'content', 'snia', 'objectives', 'osp-99.mdx')), 'snia/objectives/osp-99.mdx', '(file)', /symbolic link/],
  ['dangling symbolic link', (dir) => symlinkSync('/nonexistent/file.mdx', path.join(dir, 'content', 'snia', 'objectives', 'osp-98.mdx')), 'snia/objectives/osp-98.mdx', '(file)', /symbolic link/],
  ['bidi override in a title', edit('snia/objectives/osp-05.mdx', 'title: "Facilitate', 'title: "\u202EFacilitate'), 'snia/objectives/osp-05.mdx', '(file)', /U\+202E \(a bidirectional control character\)/],
  ['title of zero-width spaces only', replaceLine('snia/objectives/osp-06.mdx', 'title:', 'title: "\u200B\u200B"'), 'snia/objectives/osp-06.mdx', 'title', /no visible text/],
  ['500-character unbroken title', edit('snia/objectives/osp-05.mdx', 'title: "Facilitate', `title: "${'A'.repeat(500)} Facilitate`), 'snia/objectives/osp-05.mdx', 'title', /500-character run without a space/],
  ['source URL with a user name and password', replaceLine('sources/iom-morocco.mdx', 'url:', 'url: "https://user:secret@mena.iom.int/morocco"'), 'sources/iom-morocco.mdx', 'url', /user name or password/],
  ['phone showing another number than it dials', edit('iom/contacts/iom-rabat.mdx', 'display: "+212 (0)5 37 65 28 81"', 'display: "+212 (0)5 37 65 28 82"'), 'iom/contacts/iom-rabat.mdx', 'phones.0.display', /other than the one dialled/],
  ['check date in the future', edit('snia/objectives/osp-05.mdx', 'lastChecked: "2026-11-23"', 'lastChecked: "2099-01-01"'), 'snia/objectives/osp-05.mdx', 'lastChecked', /must not be in the future/],
  ['programme with no objective', (dir) => { for (const n of ['05', '06']) edit(`snia/objectives/osp-${n}.mdx`, 'programme: health', 'programme: housing')(dir); }, 'snia/programmes/03-health.mdx', 'slug', /has no objective/],
];

/** Files editors' tools really produce, which the build must accept (content steps only). */
const accepted = [
  ['Windows line endings (CRLF)', (dir) => { const f = path.join(dir, 'content/snia/programmes/03-health.mdx'); writeFileSync(f, readFileSync(f, 'utf8').replaceAll('\n', '\r\n')); }],
  ['a byte-order mark', (dir) => { const f = path.join(dir, 'content/i18n/ar/snia/programmes/03-health.mdx'); writeFileSync(f, `\uFEFF${readFileSync(f, 'utf8')}`); }],
];

function scratchProject() {
  const dir = mkdtempSync(path.join(tmpdir(), 'snia-bad-input-'));
  for (const entry of PROJECT) if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

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

/** Runs a command to its end without blocking the event loop (so cases can run side by side). */
function run(command, args, dir) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, PWD: dir, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('close', (status) => resolve({ status, output }));
  });
}

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
const dirs = Array.from({ length: WORKERS }, scratchProject);
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
    const modules = path.join(dir, 'node_modules');
    unlinkSync(modules);
    if (spawnSync('cp', ['-al', path.join(root, 'node_modules'), modules]).status !== 0) {
      rmSync(modules, { recursive: true, force: true });
      cpSync(path.join(root, 'node_modules'), modules, { recursive: true, verbatimSymlinks: true });
    }
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
