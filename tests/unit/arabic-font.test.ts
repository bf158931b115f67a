import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { arabicFontFile, arabicFontWeights, inArabicSubset, isArabicScript } from '@/lib/fonts/arabic-subset';
import ar from '@/lib/i18n/messages/ar.json';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every Arabic-script character the Arabic content and interface use, with the first file using it. */
const used = new Map<number, string>();
for (const file of [...filesUnder('content/i18n/ar'), 'lib/i18n/messages/ar.json']) {
  for (const ch of readFileSync(file, 'utf8')) {
    const cp = ch.codePointAt(0)!;
    if (isArabicScript(cp) && !used.has(cp)) used.set(cp, file);
  }
}
const name = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`;

/** The code points a committed font file maps to glyphs (its cmap), read with HarfBuzz. */
async function cmapOf(file: string): Promise<Set<number>> {
  const sfnt = await fontverter.convert(readFileSync(file), 'truetype');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('the Arabic font cut', () => {
  it('reads every Arabic character of the content and interface (the site name among them)', () => {
    const siteName = [...ar.site.name].map((c) => c.codePointAt(0)!).filter(isArabicScript);
    expect(siteName.filter((cp) => !used.has(cp)).map(name)).toEqual([]);
  });

  it('keeps, in its ranges, every Arabic letter and mark the content and interface use', () => {
    // A letter missing from the font would be drawn from another face mid-word, breaking the joins.
    expect([...used].filter(([cp]) => !inArabicSubset(cp)).map(([cp, file]) => `${file}: ${name(cp)}`)).toEqual([]);
  });

  it('knows Arabic script from Latin, and what the subset leaves out', () => {
    expect(isArabicScript('ب'.codePointAt(0)!)).toBe(true);
    expect(isArabicScript('ﻻ'.codePointAt(0)!)).toBe(true); // presentation form
    expect(isArabicScript('b'.codePointAt(0)!)).toBe(false);
    expect(inArabicSubset('ب'.codePointAt(0)!)).toBe(true);
    expect(inArabicSubset('پ'.codePointAt(0)!)).toBe(false); // Persian peh: not Modern Standard Arabic
  });

  // The committed files, not a fresh cut: a harmless change in subset-font's output must not
  // fail here, a glyph the site needs missing from what readers download must.
  it.each(arabicFontWeights)('weight %s as committed maps every Arabic character the site uses, within its size budget', async (weight) => {
    const file = arabicFontFile(weight);
    expect(readFileSync(file).length).toBeLessThan(20_000);
    const cmap = await cmapOf(file);
    expect([...used].filter(([cp]) => !cmap.has(cp)).map(([cp, f]) => `${f}: ${name(cp)}`)).toEqual([]);
  });
});
