/**
 * A long date ("23 November 2026", "23 novembre 2026", "23 نونبر 2026") as plain data, so
 * the browser can write today's date without Intl: the first Intl.DateTimeFormat a page
 * builds loads the locale's calendar data, ~20 ms on the main thread of a desktop and
 * four times that on the phones Lighthouse emulates, for one date in the citation.
 * The pattern is taken from Intl at export time; a unit test checks it against Intl for
 * every day of two years in each language.
 */
export type LongDatePart = { slot: 'day' | 'month' | 'year' } | { text: string };
export type LongDatePattern = { parts: LongDatePart[]; months: string[] };

/** Reads the pattern from Intl (server side). Throws if the language writes dates in a way this model cannot hold. */
export function longDatePattern(intlLocale: string): LongDatePattern {
  const format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' });
  // 23 November 2026: a two-digit day and a month past the tenth, so no part is ambiguous.
  const parts = format.formatToParts(Date.UTC(2026, 10, 23)).map((part): LongDatePart => {
    if (part.type === 'literal') return { text: part.value };
    if (part.type === 'day' && part.value === '23') return { slot: 'day' };
    if (part.type === 'year' && part.value === '2026') return { slot: 'year' };
    if (part.type === 'month') return { slot: 'month' };
    throw new Error(`${intlLocale}: long dates have a "${part.type}" part written "${part.value}", which the browser-side date cannot reproduce`);
  });
  const months = Array.from({ length: 12 }, (_, month) => format.formatToParts(Date.UTC(2026, month, 15)).find((p) => p.type === 'month')!.value);
  return { parts, months };
}

/** The date, in the reader's time zone, written with the pattern. */
export function formatLongDate({ parts, months }: LongDatePattern, date: Date): string {
  const slots = { day: String(date.getDate()), month: months[date.getMonth()], year: String(date.getFullYear()) };
  return parts.map((part) => ('text' in part ? part.text : slots[part.slot])).join('');
}
