import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';

/**
 * The Arabic face ships only what Modern Standard Arabic needs. @fontsource's "arabic" subset
 * also carries Persian, Urdu, Quranic and presentation-form glyphs: 52 KB per weight, which a
 * reader on a slow phone link pays on the first Arabic page. This subset is ~12 KB.
 * Latin letters and Western digits in Arabic pages come from the system face, as before.
 */
export const arabicSubsetRanges: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061c], // Arabic semicolon, Arabic letter mark
  [0x061f, 0x061f], // Arabic question mark
  [0x0621, 0x063a], // hamza and the letters
  [0x0640, 0x0655], // tatweel, the letters, harakat, maddah and hamza above/below
  [0x0660, 0x066d], // Arabic-Indic digits, percent and separators
  [0x0670, 0x0671], // superscript alef, alef wasla
  [0x200c, 0x200f], // zero-width (non-)joiner and direction marks: they steer shaping
  [0x2010, 0x2011], // hyphen, non-breaking hyphen
];

/** Code points that are Arabic script, wherever Unicode puts them: any of these in Arabic text must be in the subset. */
export function isArabicScript(codePoint: number): boolean {
  return (codePoint >= 0x0600 && codePoint <= 0x06ff) || (codePoint >= 0x0750 && codePoint <= 0x077f) || (codePoint >= 0x0870 && codePoint <= 0x08ff)
    || (codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff);
}

export function inArabicSubset(codePoint: number): boolean {
  return arabicSubsetRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

// npm scripts and vitest run from the repository root.
const root = process.cwd();
export const arabicFontWeights = ['400', '700'] as const;
export type ArabicFontWeight = (typeof arabicFontWeights)[number];

/** The full @fontsource file a weight is cut from. */
export const arabicFontSource = (weight: ArabicFontWeight) => path.join(root, `node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`);
/** The committed cut the site serves (components/layout/locale-shell.tsx names these paths). */
export const arabicFontFile = (weight: ArabicFontWeight) => path.join(root, `components/layout/fonts/noto-naskh-arabic-msa-${weight}.woff2`);

/** Cuts one weight down to arabicSubsetRanges, keeping the shaping tables for those letters. */
export async function subsetArabicFont(weight: ArabicFontWeight): Promise<Buffer> {
  const text = arabicSubsetRanges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i))).join('');
  return subsetFont(await readFile(arabicFontSource(weight)), text, { targetFormat: 'woff2' });
}
