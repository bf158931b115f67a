import { HomeDoors } from '@/components/home/home-doors';
import { localeMetadata, pageScope } from '@/components/page-scope';
import Link from '@/components/ui/link';
import { MdxBody } from '@/components/mdx/mdx-body';
import { JsonLd } from '@/components/seo/json-ld';
import { ProgrammeList } from '@/components/snia/programme-list';
import { StrategyMap } from '@/components/snia/strategy-map';
import { Section } from '@/components/ui/page-title';
import { CiteThis } from '@/components/ui/cite-this';
import { Evidence } from '@/components/ui/evidence';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { breadcrumbLd } from '@/lib/structured-data';

export default async function HomePage({ params }: { params: LocaleParams }) {
  const { locale, t, c: content } = await pageScope(params);
  const strategy = content.strategy();
  const named = content.actions().length;
  return (
    <article data-pagefind-body>
      <JsonLd data={breadcrumbLd(locale, [], t('breadcrumbs.home'))} />
      {/* First screen: what the site is, that it is independent, and the three doors. */}
      <h1 className="-mt-2 text-2xl leading-tight font-bold text-brand-900">{t('site.name')}</h1>
      <p className="mt-2">{t('home.lead')}</p>
      <p className="mt-1 text-sm font-semibold" data-testid="home-independent">{t('home.independentNote')}</p>
      <HomeDoors />
      <TranslationNotice textLang={strategy.lang} />
      {/* The strategy's summary repeats its first paragraph: the body alone says it once. */}
      <section aria-labelledby="about-strategy" className="mt-10" {...foreignText(strategy.lang, locale)}>
        <h2 id="about-strategy" className="mb-3 text-xl font-semibold text-brand-900">{strategy.title}</h2>
        <MdxBody body={strategy.body.raw} />
      </section>
      <Section id="strategic-objectives" title={t('home.strategicObjectives', { count: strategy.strategicObjectives.length })}>
        <ol className="list-decimal space-y-1 ps-6" {...foreignText(strategy.lang, locale)}>
          {strategy.strategicObjectives.map((o) => <li key={o}>{o}</li>)}
        </ol>
      </Section>
      <Section id="in-figures" title={t('home.inFigures')}>
        <ul className="grid grid-cols-3 gap-2 text-center">
          <li className="rounded bg-brand-50 p-2"><Link href={routes.programmes(locale)} className="block text-2xl font-bold">{strategy.totals.programmes}</Link>{t('home.programmes', { count: strategy.totals.programmes })}</li>
          <li className="rounded bg-brand-50 p-2"><Link href={routes.objectives(locale)} className="block text-2xl font-bold">{strategy.totals.objectives}</Link>{t('home.objectives', { count: strategy.totals.objectives })}</li>
          <li className="rounded bg-brand-50 p-2"><Link href={routes.actions(locale)} className="block text-2xl font-bold">{strategy.totals.actions}</Link>{t('home.actions', { count: strategy.totals.actions })}</li>
        </ul>
        <p className="mt-2 text-sm text-slate-700">{t('home.namedActions', { named, total: strategy.totals.actions })}</p>
      </Section>
      <Section id="programmes" title={t('home.theProgrammes', { count: strategy.totals.programmes })}>
        <StrategyMap />
        <ProgrammeList programmes={content.programmes()} />
      </Section>
      <CiteThis title={strategy.title} titleLang={strategy.lang !== locale ? strategy.lang : undefined} sources={content.sourcesOf(strategy)} path={routes.home(locale)} />
      <Evidence doc={strategy} />
      <SourceNote sources={content.sourcesOf(strategy)} lastChecked={strategy.lastChecked} />
    </article>
  );
}

export const generateMetadata = localeMetadata(routes.home);
