import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content, type Partner } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.partners(await localeOf(params)));

function PartnerItem({ partner, locale }: { partner: Partner; locale: Locale }) {
  const projects = content.projectsWithPartner(partner);
  return (
    <li id={partner.slug} className="scroll-mt-4" data-testid="partner">
      <span className="font-semibold">{partner.name}</span>
      {projects.length > 0 ? (
        <p className="text-sm">
          Implements:{' '}
          {projects.map((p, i) => <span key={p.slug}>{i > 0 && '; '}<Link href={routes.project(locale, p.slug)}>{p.title}</Link></span>)}
        </p>
      ) : (
        <p className="text-sm text-slate-700">The source names this partner without tying it to a project.</p>
      )}
    </li>
  );
}

export default async function PartnersPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const partners = content.partners();
  const groups = [
    { kind: 'government', title: 'Kingdom of Morocco' },
    { kind: 'implementing', title: 'Implementing partners' },
  ] as const;
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }]} current="Partners" />
      <PageTitle>Partners</PageTitle>
      {groups.map((g) => (
        <Section key={g.kind} id={g.kind} title={g.title}>
          <ul className="space-y-3">
            {partners.filter((p) => p.kind === g.kind).map((p) => <PartnerItem key={p.slug} partner={p} locale={locale} />)}
          </ul>
        </Section>
      ))}
      <DataLinks dataset="partners" locale={locale} />
      {partners[0] && <SourceNote sources={content.sourcesOf(partners[0])} lastChecked={partners[0].lastChecked} />}
    </article>
  );
}
