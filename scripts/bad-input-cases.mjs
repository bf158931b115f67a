/**
 * The malformed (and the awkward but valid) content files the build is fed: one table, used
 * by `npm run test:bad-inputs` (the real build, scripts/check-bad-inputs.mjs) and by the
 * editor's parity test (tests/unit/editor-validate.test.ts: the editor's in-process checks
 * must name the same file and field). Each case changes a project copy's content/ folder.
 */
import { readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

const edit = (file, from, to) => (dir) => {
  const full = path.join(dir, 'content', file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`case setup: "${from}" not in ${file}`);
  writeFileSync(full, text.replace(from, to));
};
const write = (file, data) => (dir) => writeFileSync(path.join(dir, 'content', file), data);
export const remove = (file) => (dir) => unlinkSync(path.join(dir, 'content', file));

/** [what, how to break the content, file and field the message must name, reason] */
export const cases = [
  // Only what needs the real pipeline: the bytes as staged (scripts/stage-content.ts), the file
  // system, contentlayer's own reading (YAML, document types, a "type:" field) and one failure
  // of the last content step, showing the build stops there with out/ untouched. Every other
  // rule is a pure function with its unit test (tests/unit/content-validation, content-language,
  // translations, traceability, verbatim, file-checks).
  ['broken YAML (unclosed bracket)', edit('snia/objectives/osp-05.mdx', 'programme: health', 'programme: [health'), 'snia/objectives/osp-05.mdx', '(file)'],
  ['unquoted, impossible date', edit('snia/objectives/osp-05.mdx', 'lastChecked: "2026-11-23"', 'lastChecked: 2026-13-45'), 'snia/objectives/osp-05.mdx', 'lastChecked'],
  ['empty file', write('snia/objectives/osp-05.mdx', ''), 'snia/objectives/osp-05.mdx', '(file)'],
  ['non-UTF-8 file', write('snia/objectives/osp-05.mdx', Buffer.from('---\ncode: "OSP 5"\ntitle: "\xe9ducation"\n---\n', 'latin1')), 'snia/objectives/osp-05.mdx', '(file)'],
  ['5 MB file', write('snia/objectives/osp-05.mdx', `${readFileSync(path.join(root, 'content/snia/objectives/osp-05.mdx'), 'utf8')}\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}`), 'snia/objectives/osp-05.mdx', '(file)'],
  ['file with no frontmatter', write('snia/objectives/osp-05.mdx', 'Facilitate access to health services.\n'), 'snia/objectives/osp-05.mdx', '(frontmatter)'],
  ['frontmatter that is a list, not fields', write('snia/objectives/osp-05.mdx', '---\n- code\n- title\n---\n'), 'snia/objectives/osp-05.mdx', '(file)'],
  ['source record without its snapshot text', remove('sources/rdpp-na.txt'), 'sources/rdpp-na.mdx', 'snapshot'],
  // The last content step (validate-content.ts): the build stops after contentlayer, nothing published.
  ['a number in no cited source', edit('snia/programmes/04-housing.mdx', 'Since 2015,', 'Since 2016,'), 'snia/programmes/04-housing.mdx', '(body)'],
  ['stray file of no known type', write('snia/notes.mdx', '---\ntitle: "Notes"\n---\n'), 'snia/notes.mdx', '(file)'],
  ['frontmatter in JavaScript (---js)', write('snia/objectives/osp-05.mdx', '---js\n{ title: require("child_process").execSync("id -un").toString() }\n---\n'), 'snia/objectives/osp-05.mdx', '(frontmatter)', /first line must be exactly "---"/],
  ['type: field moving a translation to a base donor', edit('i18n/fr/iom/donors/idf.mdx', '---\n', '---\ntype: Donor\nslug: injected\n'), 'i18n/fr/iom/donors/idf.mdx', 'type', /kind comes from its folder \(here Translation\)/],
  ['symbolic link to a file outside the repository', (dir) => symlinkSync('/etc/hostname', path.join(dir, 'content', 'snia', 'objectives', 'osp-99.mdx')), 'snia/objectives/osp-99.mdx', '(file)', /symbolic link/],
  ['dangling symbolic link', (dir) => symlinkSync('/nonexistent/file.mdx', path.join(dir, 'content', 'snia', 'objectives', 'osp-98.mdx')), 'snia/objectives/osp-98.mdx', '(file)', /symbolic link/],
  ['bidi override in a title', edit('snia/objectives/osp-05.mdx', 'title: "Facilitate', 'title: "\u202EFacilitate'), 'snia/objectives/osp-05.mdx', '(file)', /U\+202E \(a bidirectional control character\)/],
];

/** Files editors' tools really produce, which the build must accept (content steps only). */
export const accepted = [
  ['Windows line endings (CRLF)', (dir) => { const f = path.join(dir, 'content/snia/programmes/03-health.mdx'); writeFileSync(f, readFileSync(f, 'utf8').replaceAll('\n', '\r\n')); }],
  ['a byte-order mark', (dir) => { const f = path.join(dir, 'content/i18n/ar/snia/programmes/03-health.mdx'); writeFileSync(f, `\uFEFF${readFileSync(f, 'utf8')}`); }],
];

