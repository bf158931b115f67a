/**
 * After a build: every number a reader sees in the main text of every English page must
 * occur in the text (content/sources/<id>.txt) of a source that page names in its
 * "Source" note, or be a code or a count of this site's own (listed below). This is what
 * the footer promises ("its facts come only from the public pages named on each page").
 *
 * Usage: node scripts/check-traceable-pages.mjs   (after npm run build)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'out', 'en');
const sourcesDir = path.join(root, 'content', 'sources');

const PHONE = /\+?\d{3} ?(?:\(0\))?[\d ]{8,}\d|\b212\d{9}\b/g;

/** Source URL → its snapshot's numbers, and its digits run together (for phone numbers). */
const byUrl = new Map();
const digitsByUrl = new Map();
for (const file of readdirSync(sourcesDir).filter((f) => f.endsWith('.mdx'))) {
  const url = /^url: "(.*)"$/m.exec(readFileSync(path.join(sourcesDir, file), 'utf8'))?.[1];
  const text = readFileSync(path.join(sourcesDir, file.replace(/\.mdx$/, '.txt')), 'utf8');
  digitsByUrl.set(url, text.replace(/\(0\)/g, '').replace(/\D/g, ''));
  // Digits inside a phone number are not figures: "81" in "+212 (0)5 37 65 28 81" proves no count of 81.
  const figures = text.replace(PHONE, ' ');
  byUrl.set(url, new Set([...figures.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].flatMap((m) => [m[0], m[0].replace(/,/g, '')])));
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;|&#160;/g, ' ');

/** Blocks that hold no claim: the source note and citation (dates, addresses), permalinks, data links, breadcrumbs, scripts. */
const NOT_CLAIMS = [
  /<script[\s\S]*?<\/script>/g,
  /<svg[\s\S]*?<\/svg>/g,
  // Citations and conflicts quote their own sources, proven verbatim by the content check (lib/content/evidence.ts).
  /<(aside|section|p|nav|div)[^>]*data-testid="(source-note|citation|citations|source-words|sources-differ|permalink|data-links|breadcrumbs|prev-next)"[\s\S]*?<\/\1>/g,
  /<time[\s\S]*?<\/time>/g,
  /<a [^>]*href="(https?:|tel:|mailto:)[^"]*"[^>]*>[\s\S]*?<\/a>/g,
];

/** Codes and this site's own counts of what it lists, written the way the pages write them. */
const SITE_OWN = [
  /\bOSP ?\d+\b/g,
  /\b\d+\.\d+\b/g, // action codes
  /\b[Pp]rogrammes? \d+(?: of \d+)?\b/g,
  /(?:^| )\d+ \.(?= )/g, // a programme's position in a numbered list
  /\b\d+ (?:specific objectives?|objectives?|named actions?|projects?|IOM Morocco projects|donors?|partners?|thematic areas?|facts?)\b(?! in all)/g, // counts of what the page lists
  /\(\d+ in all\)|names \d+ of the|lists those \d+/g,
  /UTF-8|draft \d{4}-\d{2}/g,
];

function mainText(html) {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  let text = main;
  for (const pattern of NOT_CLAIMS) text = text.replace(pattern, ' ');
  return decode(text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(path.join(dir, e.name)) : e.name === 'index.html' ? [path.join(dir, e.name)] : []));
}

const problems = [];
/** Pages that name no source: navigation and documentation (search, site map, data, sources). */
const unsourced = [];
let traced = 0;
let own = 0;
for (const file of pages(out)) {
  const html = readFileSync(file, 'utf8');
  const note = /data-testid="source-note"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
  const cited = [...note.matchAll(/href="(https?:[^"]+)"/g)].map((m) => decode(m[1]));
  let text = mainText(html);
  if (cited.length === 0) {
    unsourced.push(path.relative(path.join(root, 'out'), file));
    continue;
  }
  // Phone and fax numbers as displayed: their digits must be in a cited source.
  text = text.replace(/\+\d{3}[\d ()]{6,}\d/g, (phone) => {
    const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
    if (cited.some((url) => digitsByUrl.get(url)?.includes(digits))) traced++;
    else problems.push(`${path.relative(path.join(root, 'out'), file)}: ${phone} is in none of the sources it names`);
    return ' ';
  });
  for (const pattern of SITE_OWN) text = text.replace(pattern, () => (own++, ' '));
  for (const m of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const n = m[0].replace(/,/g, '');
    if (cited.some((url) => byUrl.get(url)?.has(n))) traced++;
    else problems.push(`${path.relative(path.join(root, 'out'), file)}: "${text.slice(Math.max(0, m.index - 40), m.index + 20).trim()}" — ${m[0]} is in none of the sources it names (${cited.join(', ') || 'none'})`);
  }
}
console.log(`${traced} numbers on English pages traced to a source the page names; ${own} codes and counts of the site's own set aside; ${unsourced.length} pages name no source: navigation and documentation pages that repeat titles from the pages that cite them (${unsourced.join(', ')}).`);
if (problems.length > 0) {
  console.error(`\n${problems.length} numbers not traced:\n${problems.join('\n')}`);
  process.exit(1);
}
