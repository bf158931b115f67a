import Link from '@/components/ui/link';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { donorListName } from '@/lib/content';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function DonorsPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const donors = c.donors();
  return (
    <PageFrame path={routes.donors(locale)} trail={['iom']} current={t('iomPage.donors')} title={t('donorsPage.title', { count: donors.length })} dataset="donors" listOf={donors}>
      <p>{t.rich('donorsPage.seeAlso', { link: (chunks) => <Link href={routes.funding(locale)}>{chunks}</Link> })}</p>
      <ul className="mt-4 space-y-3" data-testid="donor-list">
        {donors.map((d) => (
          <li key={d.slug}>
            <Link href={routes.donor(locale, d.slug)} className="font-semibold">{donorListName(d)}</Link>
            <p className="text-sm text-slate-700">{t('donorsPage.funds')}{t('common.colon')}{c.projectsFundedBy(d).map((p) => p.shortName ?? p.title).join('; ')}</p>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.donors);
