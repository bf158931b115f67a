import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arabicFontFile, arabicFontWeights, inArabicSubset, isArabicScript, subsetArabicFont } from '@/lib/fonts/arabic-subset';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the Arabic font cut', () => {
  it('has every Arabic letter and mark the Arabic content and interface use', () => {
    // A letter missing from the font would be drawn from another face mid-word, breaking the joins.
    const arabicText = [...filesUnder('content/i18n/ar'), 'lib/i18n/messages/ar.json'].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const missing = arabicText.flatMap(({ file, text }) => [...new Set(text)]
      .filter((ch) => isArabicScript(ch.codePointAt(0)!) && !inArabicSubset(ch.codePointAt(0)!))
      .map((ch) => `${file}: U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${ch}`));
    expect(arabicText.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('knows Arabic script from Latin, and what the subset leaves out', () => {
    expect(isArabicScript('ب'.codePointAt(0)!)).toBe(true);
    expect(isArabicScript('ﻻ'.codePointAt(0)!)).toBe(true); // presentation form
    expect(isArabicScript('b'.codePointAt(0)!)).toBe(false);
    expect(inArabicSubset('ب'.codePointAt(0)!)).toBe(true);
    expect(inArabicSubset('پ'.codePointAt(0)!)).toBe(false); // Persian peh: not Modern Standard Arabic
  });

  it.each(arabicFontWeights)('weight %s as committed is exactly a fresh cut of the @fontsource file', async (weight) => {
    const committed = readFileSync(arabicFontFile(weight));
    expect(committed.length).toBeLessThan(20_000);
    expect((await subsetArabicFont(weight)).equals(committed)).toBe(true);
  });
});
