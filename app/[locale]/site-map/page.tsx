import { localeMetadata, pageScope } from '@/components/page-scope';
import { Code } from '@/components/ui/code';
import Link from '@/components/ui/link';
import { BrowseMenu } from '@/components/layout/browse-menu';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { catalogue, entityKinds } from '@/lib/catalogue';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { generalSitePages } from '@/lib/site-pages';

export default async function SiteMapPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageScope(params);
  // Partners share one page, listed with the general pages.
  const kinds = entityKinds.filter((k) => k !== 'partner');
  const entries = catalogue(locale);
  return (
    <div>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('siteMap.title')} />
      <PageTitle>{t('siteMap.title')}</PageTitle>
      <BrowseMenu />
      <Section id="general" title={t('siteMap.general')}>
        <ul className="list-disc space-y-1 ps-6">
          {generalSitePages(locale).map((p) => <li key={p.path}><Link href={p.path}>{p.label}</Link></li>)}
        </ul>
      </Section>
      {kinds.map((kind) => (
        <Section key={kind} id={`type-${kind}`} title={t(`siteMap.kinds.${kind}`)}>
          <ul className="list-disc space-y-1 ps-6" data-testid={`site-map-${kind}`}>
            {entries.filter((e) => e.kind === kind).map((e) => (
              <li key={e.key}><Link href={e.href}>{e.code && <><Code>{e.code}</Code>{t('common.colon')}</>}{e.title}</Link></li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}

export const generateMetadata = localeMetadata(routes.siteMap);
