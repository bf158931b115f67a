import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { ProjectList } from '@/components/iom/project-list';
import { MdxBody } from '@/components/mdx/mdx-body';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { contentIn } from '@/lib/content';
import { formatNumber, foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.iom(await localeOf(params)));

export default async function IomPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const o = content.overview();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('header.iom')} />
      <TranslationNotice textLang={o.lang} />
      <div {...foreignText(o.lang, locale)}>
        <PageTitle kicker={t('iomPage.kicker')}>{o.title}</PageTitle>
        <p className="text-lg">{o.summary}</p>
      </div>
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
      {content.thematicAreas().map((area) => (
        <Section key={area.slug} id={area.slug} title={area.title}>
          <p className="mb-2"><span {...foreignText(area.lang, locale)}>{area.summary}</span> <Link href={routes.area(locale, area.slug)}>{t('iomPage.moreOn', { title: area.title })}</Link></p>
          <ProjectList projects={content.projectsIn(area)} showArea={false} />
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
      <SourceNote sources={content.sourcesOf(o)} lastChecked={o.lastChecked} />
    </article>
  );
}
