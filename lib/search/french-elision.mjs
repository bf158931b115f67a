/**
 * French elisions — l’, d’, j’, m’, n’, s’, t’, c’, qu’, jusqu’, lorsqu’, puisqu’, quoiqu’ —
 * with any apostrophe a reader or a page may use (’ ‘ ʼ '). One rule for both sides of search:
 * the index (scripts/search-index.mjs) and the query (components/search/search.client.tsx).
 * Plain JavaScript, as the index script runs in Node without a TypeScript loader.
 */
const ELISION = /(?<![\p{L}\p{N}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’‘ʼ])(?=\p{L})/giu;

/**
 * The HTML the index reads: each elision's apostrophe made ASCII, the only punctuation at which
 * Pagefind splits a word into parts ("l'asile" is indexed as "lasile" and "asile"; "l’asile"
 * only as "lasile").
 */
export function withAsciiElisions(text) {
  return text.replace(ELISION, (elided) => `${elided.slice(0, -1)}'`);
}

/** A query without its elided words: "l’asile" → "asile", "d'apatride" → "apatride". */
export function withoutElisions(query) {
  return query.replace(ELISION, '');
}
