/**
 * Interface text in every language, through next-intl (ICU messages: plurals, numbers,
 * dates). Pages pass their locale explicitly — a static export has no request to read it
 * from — so translators and formatters are created per locale, once, with next-intl's
 * request-free core API.
 */
import { createFormatter, createTranslator } from 'next-intl';
import { intlLocales, localeDirection, type Locale } from '../site';
import { longDatePattern } from './long-date';
import ar from './messages/ar.json';
import en from './messages/en.json';
import fr from './messages/fr.json';

export type Messages = typeof en;

/** fr and ar are typed as en: a missing or extra key is a type error, not a blank label. */
export const messages: Record<Locale, Messages> = { en, fr, ar };

function makeTranslator(locale: Locale) {
  // The Intl locale, not the bare code: plural '#' in Arabic must print Western digits (ar-MA).
  return createTranslator({ locale: intlLocales[locale], messages: messages[locale] });
}

/** `make` called once per language, its result kept: translators and formatters are built once, not per page. */
function oncePerLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale)!;
  };
}

/** The translator for a language: `t('header.programmes')`. */
export const getT = oncePerLocale(makeTranslator);

/** Numbers and dates as each language writes them ("140 000" in French, Moroccan months in Arabic). */
export const getFormat = oncePerLocale((locale) => createFormatter({ locale: intlLocales[locale], timeZone: 'UTC' }));

const listFormats = oncePerLocale((locale) => new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }));

/** Right-to-left letters (Arabic, Hebrew…): where a list item starts with one, Arabic's "و" joins onto it as usual. */
const RTL_START = /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * A list as its language joins it ("A, B and C", "A وB وC"), in parts, so each item can be
 * isolated (<bdi>) from the words around it. Arabic writes "و" joined to the next word; before
 * a name in Latin letters that glues it to a foreign word ("وIDF"), so a space separates them there.
 */
export function listParts(items: string[], locale: Locale): Array<{ type: 'element' | 'literal'; value: string }> {
  const parts = listFormats(locale).formatToParts(items);
  return parts.map((part, i) => {
    const next = parts[i + 1];
    if (part.type === 'literal' && part.value.endsWith('و') && next && !RTL_START.test(next.value)) return { type: 'literal', value: `${part.value} ` };
    return part;
  });
}

/** The long-date pattern the browser fills in with today's date (see ./long-date). */
export const getLongDatePattern = oncePerLocale((locale) => longDatePattern(intlLocales[locale]));

/** "2026-11-23" → "23 November 2026" / "23 novembre 2026" / "23 نونبر 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return getFormat(locale).dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long' });
}

export function formatNumber(n: number, locale: Locale): string {
  return getFormat(locale).number(n);
}

/**
 * Attributes for text shown on a page in `locale` that is in `textLang`: nothing when they
 * match; otherwise lang (screen readers switch voice) and, when the direction differs, dir —
 * so an English title inside an Arabic page keeps its punctuation in place.
 */
export function foreignText<L extends string>(textLang: L | Locale, locale: Locale): { lang?: L | Locale; dir?: 'ltr' | 'rtl' } {
  if (textLang === locale) return {};
  // A source may be in a language the site is not published in (Italian): written left to right.
  const dir = textLang === 'ar' ? 'rtl' : 'ltr';
  return dir === localeDirection(locale) ? { lang: textLang } : { lang: textLang, dir };
}
