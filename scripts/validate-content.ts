/**
 * Build step run right after `contentlayer2 build`: loads and validates all content so a
 * bad file stops the build (naming file, field and reason) before Next renders anything.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError } from '../lib/content/errors';
import { loadSite } from '../lib/content/load';
import type { RawDocument } from '../lib/content/model';

async function main(): Promise<void> {
  const generated = pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href;
  const { allDocuments } = (await import(generated)) as { allDocuments: RawDocument[] };
  try {
    const { collections: c, translations, verbatim } = loadSite(allDocuments, 'content');
    console.log(
      `Content valid: ${c.programmes.length} programmes, ${c.objectives.length} objectives, ${c.actions.length} actions, ` +
        `${c.thematicAreas.length} thematic areas, ${c.projects.length} projects, ${c.donors.length} donors, ${c.partners.length} partners.`,
    );
    console.log(`Official wording: ${verbatim} of ${verbatim} official titles found verbatim in their source's snapshot.`);
    for (const [locale, files] of translations) console.log(`Translations valid: ${files.size} ${locale} files.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

void main();
