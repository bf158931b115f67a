import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbLd } from '@/lib/structured-data';
import Link from 'next/link';
import { MdxBody } from '@/components/mdx/mdx-body';
import { StrategyMap } from '@/components/snia/strategy-map';
import { ProgrammeList } from '@/components/snia/programme-list';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.home(await localeOf(params)));

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const strategy = content.strategy();
  const named = content.actions().length;
  return (
    <article data-pagefind-body>
      <JsonLd data={breadcrumbLd([], 'Home')} />
      <PageTitle kicker="Morocco's migration policy">{strategy.title}</PageTitle>
      <p className="text-lg">{strategy.summary}</p>
      <MdxBody code={strategy.body.code} locale={locale} />
      <Section id="strategic-objectives" title="Four strategic objectives">
        <ol className="list-decimal space-y-1 ps-6">
          {strategy.strategicObjectives.map((o) => <li key={o}>{o}</li>)}
        </ol>
      </Section>
      <Section id="in-figures" title="In figures">
        <ul className="grid grid-cols-3 gap-2 text-center">
          <li className="rounded bg-brand-50 p-2"><Link href={routes.programmes(locale)} className="block text-2xl font-bold">{strategy.totals.programmes}</Link>programmes</li>
          <li className="rounded bg-brand-50 p-2"><Link href={routes.objectives(locale)} className="block text-2xl font-bold">{strategy.totals.objectives}</Link>specific objectives</li>
          <li className="rounded bg-brand-50 p-2"><Link href={routes.actions(locale)} className="block text-2xl font-bold">{strategy.totals.actions}</Link>actions</li>
        </ul>
        <p className="mt-2 text-sm text-slate-700">
          The programme-by-programme source names {named} of the {strategy.totals.actions} actions; this site lists those {named}.
        </p>
      </Section>
      <Section id="programmes" title={`The ${strategy.totals.programmes} programmes`}>
        <StrategyMap locale={locale} />
        <ProgrammeList programmes={content.programmes()} locale={locale} />
      </Section>
      <SourceNote sources={content.sourcesOf(strategy)} lastChecked={strategy.lastChecked} />
    </article>
  );
}
