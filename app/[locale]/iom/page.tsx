import type { Metadata } from 'next';
import Link from 'next/link';
import { ProjectList } from '@/components/iom/project-list';
import { MdxBody } from '@/components/mdx/mdx-body';
import { PageTitle, Section } from '@/components/ui/page-title';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { formatNumber } from '@/lib/format';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.iom(await localeOf(params)));

export default async function IomPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const o = content.overview();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="IOM Morocco" />
      <PageTitle kicker="International Organization for Migration">{o.title}</PageTitle>
      <p className="text-lg">{o.summary}</p>
      <p className="my-4 rounded bg-brand-50 p-3">
        Around <strong className="text-2xl">{formatNumber(o.migrantStock.count)}</strong> international migrants were in
        Morocco in {o.migrantStock.year}, according to {o.migrantStock.source}.
      </p>
      <MdxBody code={o.body.code} locale={locale} />
      <Section id="frameworks" title="Frameworks Morocco works within">
        <ul className="list-disc space-y-1 ps-6">{o.frameworks.map((f) => <li key={f}>{f}</li>)}</ul>
      </Section>
      {content.thematicAreas().map((t) => (
        <Section key={t.slug} id={t.slug} title={t.title}>
          <p className="mb-2">{t.summary} <Link href={routes.area(locale, t.slug)}>More on {t.title}</Link></p>
          <ProjectList projects={content.projectsIn(t)} locale={locale} showArea={false} />
        </Section>
      ))}
      <Section id="more" title="Donors, partners and contacts">
        <ul className="list-disc space-y-1 ps-6">
          <li><Link href={routes.funding(locale)}>Who funds what: every donor and project</Link></li>
          <li><Link href={routes.donors(locale)}>Donors</Link></li>
          <li><Link href={routes.partners(locale)}>Partners</Link></li>
          <li><Link href={routes.contact(locale)}>Contact IOM Rabat and the ministry</Link></li>
        </ul>
      </Section>
      <SourceNote sources={content.sourcesOf(o)} lastChecked={o.lastChecked} />
    </article>
  );
}
