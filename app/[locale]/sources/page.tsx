import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { contentIn } from '@/lib/content';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.sources(await localeOf(params)));

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('sourcesPage.title')} />
      <PageTitle>{t('sourcesPage.title')}</PageTitle>
      <p>{t('sourcesPage.intro')}</p>
      {locale !== 'en' && <p className="mt-2">{t('sourcesPage.asPublished')}</p>}
      <ul className="mt-4 space-y-3">
        {contentIn(locale).sources().map((s) => (
          <li key={s.id}>
            <span {...foreignText('en', locale)}><span className="font-semibold">{s.publisher}</span>, “{s.title}”</span>{t('common.colon')}<a href={s.url} className="block break-all" dir="ltr">{s.url}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}
