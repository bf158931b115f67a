/**
 * Arabic queries with and without the article and its clitics. Pagefind stems Arabic with
 * Snowball, whose prefix rules are not symmetric for short words: "الصحة" and "صحة" reach
 * different stems, and "والسكن", "بالصحة" match only pages holding that exact form
 * (measured on the built index; tests/search-queries.json). So a query is searched as typed,
 * with each word bare (without و/ف/ب/ك + ال, لل or ال) and with each bare word given ال;
 * the results are merged, each page at its best score.
 */
const ARABIC_WORD = /^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+$/u;
const TATWEEL_AND_MARKS = /[\u0640\u064B-\u065F\u0670]/gu;

/** A word without its article and the clitic before it: "والسكن" → "سكن", "للصحة" → "صحة". */
export function bareArabicWord(word: string): string {
  const w = word.replace(TATWEEL_AND_MARKS, '');
  if (!ARABIC_WORD.test(w)) return word;
  const stripped = /^[وفبك]ال/u.test(w) ? w.slice(3) : /^(?:لل|ال)/u.test(w) ? w.slice(2) : w;
  return stripped.length >= 2 ? stripped : w;
}

/** The forms a query is searched in: as typed, bare, and with the article; distinct, as typed first. */
export function arabicQueryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const isArabic = (w: string) => ARABIC_WORD.test(w.replace(TATWEEL_AND_MARKS, ''));
  if (!words.some(isArabic)) return [query];
  const bare = words.map(bareArabicWord);
  const withArticle = words.map((w, i) => (isArabic(w) ? `ال${bare[i]}` : w));
  return [...new Set([query, bare.join(' '), withArticle.join(' ')])];
}
