import Link from '@/components/ui/link';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope, usePage } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import type { Partner } from '@/lib/content';
import { usualNameIn } from '@/lib/usual-names';
import { foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

function PartnerItem({ partner }: { partner: Partner }) {
  const { locale, t, c } = usePage();
  const projects = c.projectsWithPartner(partner);
  const name = usualNameIn(partner.usualNames, locale);
  return (
    <li id={partner.slug} className="scroll-mt-4" data-testid="partner">
      {/* The usual name in the page's language (the site's rendering) first, where there is one; the source's name stays as published. */}
      {name && <><span className="font-semibold">{name}</span>{' — '}</>}
      <span className={name ? undefined : 'font-semibold'} {...foreignText('en', locale)}>{partner.name}</span>
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
  const { locale, t, c } = await pageScope(params);
  const partners = c.partners();
  const groups = [
    { kind: 'government', title: t('partnersPage.government') },
    { kind: 'implementing', title: t('partnersPage.implementing') },
  ] as const;
  return (
    <PageFrame path={routes.partners(locale)}
      trail={['iom']} current={t('iomPage.partners')}
      title={t('iomPage.partners')} dataset="partners" listOf={partners}
    >
      {groups.map((g) => (
        <Section key={g.kind} id={g.kind} title={g.title}>
          <ul className="space-y-3">
            {partners.filter((p) => p.kind === g.kind).map((p) => <PartnerItem key={p.slug} partner={p} />)}
          </ul>
        </Section>
      ))}
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.partners);
