import { localeMetadata, pageScope } from '@/components/page-scope';
import { AZIndex } from '@/components/search/a-z-index';
import { Search, type SearchText } from '@/components/search/search.client';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { catalogue, indexName } from '@/lib/catalogue';
import { contentIn } from '@/lib/content';
import { nameKey, type KnownItem } from '@/lib/search/known-items';
import { getT } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { intlLocales, type Locale } from '@/lib/site';

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function searchText(locale: Locale): SearchText {
  const t = getT(locale);
  // One sample count per plural category the language uses, so the client picks the right form.
  const sample: Record<(typeof pluralCategories)[number], number> = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 };
  const used = new Intl.PluralRules(intlLocales[locale]).resolvedOptions().pluralCategories;
  const results = Object.fromEntries(
    pluralCategories.filter((c) => used.includes(c)).map((c) => [c, t('searchPage.results', { count: sample[c], query: '{query}' }).replace(String(sample[c]), '{count}')]),
  ) as SearchText['results'];
  return {
    locale: intlLocales[locale],
    label: t('searchPage.label'),
    inputLabel: t('searchPage.inputLabel'),
    placeholder: t('searchPage.placeholder'),
    button: t('headerSearch.button'),
    failed: t('searchPage.failed'),
    results,
    page: t('searchPage.page'),
    noScript: t('searchPage.noScript'),
  };
}

/**
 * Objectives and actions by code; organisations and projects by every name a reader may type;
 * the IOM overview by the organisation's acronym as the site writes it in the language.
 */
function knownItems(locale: Locale): KnownItem[] {
  const t = getT(locale);
  const iom: KnownItem = { names: [nameKey(t('iomPage.acronym'))], type: t('searchPage.page'), title: contentIn(locale).overview().title, href: routes.iom(locale) };
  return [iom, ...catalogue(locale).flatMap((e): KnownItem[] => {
    if (e.kind === 'objective' || e.kind === 'action') return [{ code: e.code, names: [], type: e.type, title: e.title, href: e.href }];
    if (e.kind !== 'donor' && e.kind !== 'partner' && e.kind !== 'project') return [];
    const names = [...new Set([e.title, e.usualName, e.code].filter((n) => n !== undefined).map(nameKey))];
    return [{ names, type: e.type, title: indexName(e), href: e.href }];
  })];
}

export default async function SearchPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageScope(params);
  const known = knownItems(locale);
  return (
    <div>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('headerSearch.button')} />
      <PageTitle>{t('headerSearch.button')}</PageTitle>
      <Search known={known} text={searchText(locale)} />
      <AZIndex />
    </div>
  );
}

export const generateMetadata = localeMetadata(routes.search);
