import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { usePageLocale } from '@/components/page-scope';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn, type Partner } from '@/lib/content';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.partners(await localeOf(params)));

function PartnerItem({ partner }: { partner: Partner }) {
  const locale = usePageLocale();
  const t = getT(locale);
  const projects = contentIn(locale).projectsWithPartner(partner);
  return (
    <li id={partner.slug} className="scroll-mt-4" data-testid="partner">
      {/* Organisation names stay as the source publishes them. */}
      <span className="font-semibold" {...foreignText('en', locale)}>{partner.name}</span>
      {partner.officialNote && <span className="text-sm text-slate-700" {...foreignText('en', locale)}> ({partner.officialNote})</span>}
      {projects.length > 0 ? (
        <p className="text-sm">
          {t('partnersPage.implements')}{t('common.colon')}
          {projects.map((p, i) => <span key={p.slug}>{i > 0 && '; '}<Link href={routes.project(locale, p.slug)}>{p.title}</Link></span>)}
        </p>
      ) : (
        <p className="text-sm text-slate-700">{t('partnersPage.noProject')}</p>
      )}
    </li>
  );
}

export default async function PartnersPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const partners = content.partners();
  const groups = [
    { kind: 'government', title: t('partnersPage.government') },
    { kind: 'implementing', title: t('partnersPage.implementing') },
  ] as const;
  return (
    <article data-pagefind-body>
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.iom'), href: routes.iom(locale) }]}
        current={t('iomPage.partners')}
      />
      <PageTitle>{t('iomPage.partners')}</PageTitle>
      {groups.map((g) => (
        <Section key={g.kind} id={g.kind} title={g.title}>
          <ul className="space-y-3">
            {partners.filter((p) => p.kind === g.kind).map((p) => <PartnerItem key={p.slug} partner={p} />)}
          </ul>
        </Section>
      ))}
      <DataLinks dataset="partners" />
      {partners[0] && <SourceNote sources={content.sourcesOf(partners[0])} lastChecked={partners[0].lastChecked} />}
    </article>
  );
}
