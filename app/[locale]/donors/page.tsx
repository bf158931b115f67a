import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.donors(await localeOf(params)));

export default async function DonorsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const donors = content.donors();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }]} current="Donors" />
      <PageTitle>The {donors.length} donors</PageTitle>
      <p>See also <Link href={routes.funding(locale)}>the full funding table</Link>.</p>
      <ul className="mt-4 space-y-3" data-testid="donor-list">
        {donors.map((d) => (
          <li key={d.slug}>
            <Link href={routes.donor(locale, d.slug)} className="font-semibold">{d.name}{d.shortName && ` (${d.shortName})`}</Link>
            <p className="text-sm text-slate-700">Funds: {content.projectsFundedBy(d).map((p) => p.shortName ?? p.title).join('; ')}</p>
          </li>
        ))}
      </ul>
      <DataLinks dataset="donors" locale={locale} />
      {donors[0] && <SourceNote sources={content.sourcesOf(donors[0])} lastChecked={donors[0].lastChecked} />}
    </article>
  );
}
