import Link from '@/components/ui/link';
import { ProjectList } from '@/components/iom/project-list';
import { PageFrame } from '@/components/layout/page-frame';
import { MdxBody } from '@/components/mdx/mdx-body';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import { formatNumber, foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function IomPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const o = c.overview();
  return (
    <PageFrame path={routes.iom(locale)}
      current={t('header.iom')} kicker={t('iomPage.kicker')} hub title={o.title} textLang={o.lang} foreign="block"
      lead={<p className="text-lg">{o.summary}</p>}
      source={o}
    >
      <p className="my-4 rounded bg-brand-50 p-3">
        {t.rich('iomPage.migrantStock', {
          count: formatNumber(o.migrantStock.count, locale),
          year: String(o.migrantStock.year),
          source: o.migrantStock.source,
          strong: (chunks) => <strong className="text-2xl">{chunks}</strong>,
          // The publisher's name as the source gives it, in English.
          src: (chunks) => <span {...foreignText('en', locale)}>{chunks}</span>,
        })}
      </p>
      <div {...foreignText(o.lang, locale)}><MdxBody body={o.body.raw} /></div>
      <Section id="frameworks" title={t('iomPage.frameworks')}>
        <ul className="list-disc space-y-1 ps-6" {...foreignText(o.lang, locale)}>{o.frameworks.map((f) => <li key={f}>{f}</li>)}</ul>
      </Section>
      {c.thematicAreas().map((area) => (
        <Section key={area.slug} id={area.slug} title={area.title}>
          <p className="mb-2"><span {...foreignText(area.lang, locale)}>{area.summary}</span> <Link href={routes.area(locale, area.slug)}>{t('iomPage.moreOn', { title: area.title })}</Link></p>
          <ProjectList projects={c.projectsIn(area)} showArea={false} />
        </Section>
      ))}
      <Section id="more" title={t('iomPage.more')}>
        <ul className="list-disc space-y-1 ps-6">
          <li><Link href={routes.funding(locale)}>{t('iomPage.fundingLink')}</Link></li>
          <li><Link href={routes.donors(locale)}>{t('iomPage.donors')}</Link></li>
          <li><Link href={routes.partners(locale)}>{t('iomPage.partners')}</Link></li>
          <li><Link href={routes.contact(locale)}>{t('iomPage.contactLink')}</Link></li>
        </ul>
      </Section>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.iom);
