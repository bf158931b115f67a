import { readdirSync } from 'node:fs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { baseCollections, translationSet } from '@/lib/content';
import { translationCoverage } from '@/lib/content/translations';
import { formatDate, formatNumber, messages } from '@/lib/i18n';
import { intlLocales, locales } from '@/lib/site';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** `{name}` or `{name, plural…}`, but not a plural branch such as `one {action}`. */
const argument = /(?<!(?:zero|one|two|few|many|other|=\d+)\s?)\{(\w+)[,}]/g;

const byLocale = Object.fromEntries(locales.map((l) => [l, leaves(messages[l] as unknown as Tree)]));
const english = byLocale.en!;
/** Keys whose text only non-English pages show (a note that the text is translated). */
const translatedOnly = new Set(['footer.translation', 'sourceNote.translatedBySite', 'sourcesPage.asPublished', 'dataPage.english']);

describe('interface messages', () => {
  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the English keys, none empty`, () => {
      const own = byLocale[locale]!;
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...own].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });
  }

  for (const locale of locales) {
    it(`every ${locale} message formats with its arguments and tags, without error`, () => {
      const errors: string[] = [];
      const t = createTranslator({ locale: intlLocales[locale], messages: messages[locale], onError: (e) => errors.push(e.message) });
      for (const [key, text] of byLocale[locale]!) {
        if (locale === 'en' && translatedOnly.has(key)) continue;
        // Arguments and tags as the English message names them: a translation must use the same.
        const source = english.get(key)!;
        // An argument is a number when some language pluralises it (Arabic does more often).
        const numeric = (name: string) => locales.some((l) => byLocale[l]!.get(key)?.includes(`{${name}, plural`));
        const args = Object.fromEntries([...source.matchAll(argument)].map(([, name]) => [name!, numeric(name!) ? 3 : `‹${name}›`]));
        const tags = Object.fromEntries([...source.matchAll(/<(\w+)>/g)].map(([, name]) => [name!, (chunks: unknown) => chunks]));
        const out = (t.rich as (k: string, v: object) => unknown)(key, { ...args, ...tags });
        expect(out, `${locale} ${key}`).toBeTruthy();
        for (const [name] of Object.entries(args)) {
          if (!numeric(name) && text.includes(`{${name}`)) expect(JSON.stringify(out), `${locale} ${key} shows {${name}}`).toContain(`‹${name}›`);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('formats numbers and dates as each language writes them', () => {
    expect(formatNumber(140000, 'en')).toBe('140,000');
    expect(formatNumber(140000, 'fr')).toMatch(/^140[\u202f\u00a0 ]000$/);
    expect(formatNumber(140000, 'ar')).toBe('140.000');
    expect(formatDate('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    // Moroccan Arabic months, Western digits.
    expect(formatDate('2026-11-23', 'ar')).toMatch(/^23 \S+ 2026$/);
  });
});

describe('translated content', () => {
  it('covers every translatable file in every language (the coverage report shows 100%)', () => {
    const rows = translationCoverage(baseCollections, translationSet);
    // One row per translated language and document type; together they count every
    // translation file on disk (content/i18n/<language>/).
    const translated = locales.filter((l) => l !== 'en');
    expect([...new Set(rows.map((r) => r.locale))].sort()).toEqual([...translated].sort());
    for (const locale of translated) {
      const files = readdirSync(`content/i18n/${locale}`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
      expect(rows.filter((r) => r.locale === locale).reduce((sum, r) => sum + r.translatable, 0), locale).toBe(files.length);
    }
    expect(rows.filter((r) => r.translated < r.translatable).map((r) => `${r.locale} ${r.type}: ${r.missing.join(', ')}`)).toEqual([]);
  });
});
