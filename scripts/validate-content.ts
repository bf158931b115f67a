/**
 * Build step run right after `contentlayer2 build`: loads and validates all content so a
 * bad file stops the build (naming file, field and reason) before Next renders anything.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError } from '../lib/content/errors';
import { resolveSiteOrigin } from '../lib/site-url';
import type { RawDocument } from '../lib/content/model';

async function main(): Promise<void> {
  try {
    const origin = resolveSiteOrigin(process.env);
    console.log(origin.preview ? `Preview build: addresses use ${origin.url}, marked as local on every page.` : `Publication build for ${origin.url}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Imported after the origin check: lib/site.ts refuses a bad publication origin on import.
  const { loadSite } = await import('../lib/content/load');
  const generated = pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href;
  const { allDocuments } = (await import(generated)) as { allDocuments: RawDocument[] };
  try {
    const { collections: c, translations, verbatim, traced, evidence } = loadSite(allDocuments, 'content');
    console.log(
      `Content valid: ${c.programmes.length} programmes, ${c.objectives.length} objectives, ${c.actions.length} actions, ` +
        `${c.thematicAreas.length} thematic areas, ${c.projects.length} projects, ${c.donors.length} donors, ${c.partners.length} partners.`,
    );
    console.log(`Official wording: ${verbatim} of ${verbatim} official titles found verbatim in their source's snapshot.`);
    console.log(
      `Traced to a cited source: ${traced.numbers} of ${traced.numbers} numbers, ${traced.phones} of ${traced.phones} phone and fax numbers, ` +
        `${traced.quotes} of ${traced.quotes} quoted passages.`,
    );
    console.log(`Evidence: ${evidence.citations} numbered citations and ${evidence.conflicts} conflicts between sources, each side quoted verbatim from its source.`);
    console.log(`Reported facts: ${evidence.reported}, each quoted verbatim from its own source, its figures and date's year found there.`);
    for (const [locale, files] of translations) console.log(`Translations valid: ${files.size} ${locale} files.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

void main();
