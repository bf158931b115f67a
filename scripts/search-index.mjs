/**
 * Writes the site's search index (Pagefind) into <site>/pagefind/, through Pagefind's Node API
 * rather than its CLI, for one reason: French elisions.
 *
 * Pagefind splits a word into parts only at ASCII punctuation (pagefind/src/fossick/splitting.rs,
 * get_discrete_words), so "l'asile" is indexed as "lasile" and "asile", but our pages use the
 * typographic apostrophe (U+2019) and "l’asile" is indexed as one word: a search for "asile"
 * or "apatride" never finds "l’asile" or "d’apatride". Each page is therefore given to
 * Pagefind with the apostrophe of an elision (l’, d’, qu’, …) made ASCII; nothing published
 * changes. Everything else — language per page from <html lang>, stemming for French and
 * Arabic (Snowball, which also strips Arabic prefixes such as ال، و، ب، ل، لل), diacritics —
 * is Pagefind's own.
 *
 * Usage: node scripts/search-index.mjs <site folder>. Prints "Indexed N pages"; exits 1 on any
 * error Pagefind reports, or when no page was indexed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withAsciiElisions } from '../lib/search/french-elision.mjs';

/** The search result URL of an exported file: "fr/asylum/index.html" → "/fr/asylum/". */
export function urlOfFile(file) {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/**
 * What an article holds that is not the page's own content: its way in and out (breadcrumbs,
 * previous/next, back-references, which name other pages' titles), and the notes every page
 * repeats (permalink with its URL, official-wording line, data links, source note, citation).
 * Indexed, they ranked pages by other pages' titles and filled result excerpts with
 * "Permalink to … http://…". Selected by the test ids the components already carry; and the
 * addresses of sources, whose link text is the URL itself.
 */
const NOT_CONTENT = [
  ...['breadcrumbs', 'prev-next', 'backlinks', 'permalink', 'preview-marker', 'official-wording', 'data-links', 'source-note', 'citation', 'access-date']
    .map((id) => `[data-testid="${id}"]`),
  'a[href^="http"]',
];

/** Exported pages a reader can find: not Next's assets, not the 404 copies, not the index itself. */
function pagesIn(site) {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !/^(_next|pagefind|404|_not-found)([/\\]|\.html$)/.test(f));
}

async function main(site) {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const problems = [];
  let indexed = 0;
  for (const file of pagesIn(site)) {
    const content = withAsciiElisions(readFileSync(path.join(site, file), 'utf8'));
    const result = await index.addHTMLFile({ url: urlOfFile(file), content });
    if (result.errors.length) problems.push(`${file}: ${result.errors.join('; ')}`);
    // Pages without data-pagefind-body (the language choice at /) are read but hold no words.
    else if (result.file.uniqueWords > 0) indexed += 1;
  }
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  if (problems.length || indexed === 0) {
    console.error(`Search index failed:\n${problems.join('\n') || 'no page was indexed'}`);
    process.exit(1);
  }
  console.log(`Indexed ${indexed} pages.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = process.argv[2];
  if (!site) {
    console.error('Usage: node scripts/search-index.mjs <site folder>');
    process.exit(2);
  }
  await main(path.resolve(site));
}
