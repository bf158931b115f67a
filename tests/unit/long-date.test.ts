import { describe, expect, it } from 'vitest';
import { formatLongDate, longDatePattern } from '@/lib/i18n/long-date';
import { intlLocales, locales } from '@/lib/site';

describe('long dates written without Intl in the browser', () => {
  it.each(locales)('%s: the pattern writes every day of 2026 and 2028 exactly as Intl does', (locale) => {
    const pattern = longDatePattern(intlLocales[locale]);
    const intl = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long' });
    const differing: string[] = [];
    for (const year of [2026, 2028]) {
      for (let date = new Date(year, 0, 1); date.getFullYear() === year; date = new Date(year, date.getMonth(), date.getDate() + 1)) {
        const ours = formatLongDate(pattern, date);
        if (ours !== intl.format(date)) differing.push(`${date.toDateString()}: ${ours} ≠ ${intl.format(date)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('reads the month names in each language', () => {
    expect(longDatePattern('fr').months[10]).toBe('novembre');
    expect(longDatePattern('ar-MA').months[10]).toBe('نونبر');
    expect(formatLongDate(longDatePattern('en-GB'), new Date(2026, 10, 5))).toBe('5 November 2026');
  });

  it('refuses a language whose long dates hold a part it cannot reproduce', () => {
    // Egyptian Arabic writes Arabic-Indic digits; the day slot writes Western ones, so the pattern must refuse it.
    expect(() => longDatePattern('ar-EG')).toThrow(/ar-EG: long dates have a "day" part written "٢٣"/);
  });
});
