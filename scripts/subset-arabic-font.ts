/**
 * Writes the Modern Standard Arabic cut of Noto Naskh Arabic (lib/fonts/arabic-subset.ts)
 * into components/layout/fonts/. Run after changing the ranges or upgrading @fontsource:
 * npm run fonts:arabic. A unit test fails if the committed files lack a glyph for any Arabic
 * character the content or interface uses.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { arabicFontFile, arabicFontSource, arabicFontWeights, subsetArabicFont } from '../lib/fonts/arabic-subset';

async function main() {
  for (const weight of arabicFontWeights) {
    const font = await subsetArabicFont(weight);
    await writeFile(arabicFontFile(weight), font);
    console.log(`${path.relative(process.cwd(), arabicFontFile(weight))}: ${font.length} bytes (cut from ${statSync(arabicFontSource(weight)).size})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
