/**
 * One rule for the language "/" sends a reader to, defined here for both places that apply
 * it: the page's inline script (lib/inline-scripts.ts, for any static host) and nginx
 * (the map scripts/write-nginx-headers.mjs writes into deploy/nginx-headers.conf).
 *
 * The rule: take the reader's languages in their order of preference: Accept-Language sorted
 * by q-value, highest first (q compared to its first decimal, the precision browsers send;
 * equal ones in the order written), q=0 meaning "not this one"; the first whose primary
 * subtag ("fr" of "fr-MA") the site has wins; none: the default language.
 *
 * A browser applies the same order when it builds navigator.languages, the list the script
 * reads; nginx reads the header itself. tests/accept-language-cases.json holds the cases both
 * are tested with (tests/unit/language-negotiation.test.ts, scripts/check-nginx.mjs).
 */

/** q-value buckets, highest first: "10" is q=1, "9" is q=0.9…0.999, …, "0" is 0.001…0.099. */
const buckets = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0];

/** The q-value of one Accept-Language entry, as the rule compares it (tenths); null if absent or malformed. */
function qBucket(params) {
  if (params.length === 0) return 10;
  const q = /^\s*q\s*=\s*(1(?:\.0{0,3})?|0(?:\.\d{0,3})?)\s*$/i.exec(params.join(';'));
  if (!q) return null;
  const value = Number(q[1]);
  return value === 0 ? null : Math.floor(value * 10 + 1e-9);
}

/** Accept-Language → language tags in the reader's order of preference (what navigator.languages holds). */
export function preferenceOrder(header) {
  return String(header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      return { tag: tag.trim(), bucket: qBucket(params), index };
    })
    .filter((e) => e.tag !== '' && e.tag !== '*' && e.bucket !== null)
    .sort((a, b) => b.bucket - a.bucket || a.index - b.index)
    .map((e) => e.tag);
}

/** The rule on an ordered list of language tags. */
export function pickLanguage(tags, locales, fallback) {
  for (const tag of tags) {
    const primary = String(tag).split('-')[0].toLowerCase();
    if (locales.includes(primary)) return primary;
  }
  return fallback;
}

/** The inline script for "/": the rule on navigator.languages, then a redirect. */
export function languagePickScript(locales, fallback) {
  return `(function(){var s=${JSON.stringify(locales)},l=navigator.languages||[navigator.language],i,c;for(i=0;i<l.length;i++){c=String(l[i]).split('-')[0].toLowerCase();if(s.indexOf(c)>=0){location.replace('/'+c+'/');return}}location.replace('/${fallback}/')})()`;
}

/** The q parameter of one bucket, as a regular expression (an absent q is q=1). */
function qPattern(bucket) {
  if (bucket === 10) return '(?:;\\s*q\\s*=\\s*1(?:\\.0{0,3})?)?';
  if (bucket === 0) return ';\\s*q\\s*=\\s*0\\.0(?:[1-9]\\d?|0[1-9])';
  return `;\\s*q\\s*=\\s*0\\.${bucket}\\d{0,2}`;
}

/**
 * The rule for nginx: one map per q bucket finds the first entry of that bucket whose
 * primary subtag the site has (a regex finds the leftmost match: the first written); a last
 * map takes the first bucket that found one, else the default.
 */
export function nginxLanguageMaps(locales, fallback, variable = 'preferred_language') {
  const alternatives = locales.join('|');
  const perBucket = buckets.map((b) => `map $http_accept_language $${variable}_q${b} {
    "~*(?:^|,)\\s*(${alternatives})(?:-[0-9a-z]+)*\\s*${qPattern(b)}\\s*(?:,|$)" $1;
    default "";
}`);
  return `${perBucket.join('\n')}
map "${buckets.map((b) => `$${variable}_q${b}`).join(':')}" $${variable} {
${locales.map((l) => `    "~*^:*${l}(?::|$)" ${l};`).join('\n')}
    default ${fallback};
}
`;
}
