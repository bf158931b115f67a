import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  return (
    <PageFrame path={routes.sources(locale)} current={t('sourcesPage.title')} title={t('sourcesPage.title')}>
      <p>{t('sourcesPage.intro')}</p>
      {locale !== 'en' && <p className="mt-2">{t('sourcesPage.asPublished')}</p>}
      <ul className="mt-4 space-y-3">
        {c.sources().map((s) => (
          <li key={s.id}>
            <span {...foreignText('en', locale)} className="wrap-anywhere"><span className="font-semibold">{s.publisher}</span>, “{s.title}”</span> ({t(`reported.tier.${s.tier}`)}){t('common.colon')}<a href={s.url} className="block break-all" dir="ltr">{s.url}</a>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.sources);
