import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn, donorListName } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.donors(await localeOf(params)));

export default async function DonorsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const donors = content.donors();
  return (
    <article data-pagefind-body>
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.iom'), href: routes.iom(locale) }]}
        current={t('iomPage.donors')}
      />
      <PageTitle>{t('donorsPage.title', { count: donors.length })}</PageTitle>
      <p>{t.rich('donorsPage.seeAlso', { link: (chunks) => <Link href={routes.funding(locale)}>{chunks}</Link> })}</p>
      <ul className="mt-4 space-y-3" data-testid="donor-list">
        {donors.map((d) => (
          <li key={d.slug}>
            <Link href={routes.donor(locale, d.slug)} className="font-semibold">{donorListName(d)}</Link>
            <p className="text-sm text-slate-700">{t('donorsPage.funds')}{t('common.colon')}{content.projectsFundedBy(d).map((p) => p.shortName ?? p.title).join('; ')}</p>
          </li>
        ))}
      </ul>
      <DataLinks dataset="donors" />
      {donors[0] && <SourceNote sources={content.sourcesOf(donors[0])} lastChecked={donors[0].lastChecked} />}
    </article>
  );
}
