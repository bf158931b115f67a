/**
 * `npm run i18n:coverage`: how much of the content each language has, per document type.
 * Reads contentlayer's output (run `npm run content` first). With --strict, exits 1 unless
 * every language is complete — the test suite asserts the same through lib/content.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError } from '../lib/content/errors';
import { loadSite } from '../lib/content/load';
import type { RawDocument } from '../lib/content/model';
import { translationCoverage } from '../lib/content/translations';

async function main(): Promise<void> {
  const generated = pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href;
  const { allDocuments } = (await import(generated)) as { allDocuments: RawDocument[] };
  let site;
  try {
    site = loadSite(allDocuments, 'content');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const rows = translationCoverage(site.collections, site.translations);
  let incomplete = false;
  for (const locale of new Set(rows.map((r) => r.locale))) {
    const own = rows.filter((r) => r.locale === locale);
    const total = own.reduce((n, r) => n + r.translatable, 0);
    const done = own.reduce((n, r) => n + r.translated, 0);
    const pct = total === 0 ? 100 : (100 * done) / total;
    console.log(`\n${locale}: ${done}/${total} translatable files (${pct.toFixed(1)}%)`);
    for (const r of own) {
      console.log(`  ${r.type.padEnd(13)} ${`${r.translated}/${r.translatable}`.padStart(6)}${r.missing.length ? `  missing: ${r.missing.join(', ')}` : ''}`);
    }
    if (done < total) incomplete = true;
  }
  console.log('\nFiles with no text to translate (sources, partners, donors without a description) are not counted.');
  if (incomplete && process.argv.includes('--strict')) process.exit(1);
}

void main();
