import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { objectiveLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { MdxBody } from '@/components/mdx/mdx-body';
import { ActionList } from '@/components/snia/action-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { Permalink } from '@/components/ui/permalink';
import { SourceNote } from '@/components/ui/source-note';
import { objectiveCodeFromSlug, objectiveSlug } from '@/lib/codes';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.objectives().map((o) => objectiveSlug(o.code)));

const findObjective = (slug: string) => {
  const code = objectiveCodeFromSlug(slug);
  return code ? content.objective(code) : undefined;
};

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: o } = await entityOf(params, findObjective);
  return pageMetadata(routes.objective(locale, o.code));
}

export default async function ObjectivePage({ params }: { params: SlugParams }) {
  const { locale, entity: o } = await entityOf(params, findObjective);
  const p = content.programme(o.programme);
  const actions = content.actionsOfObjective(o);
  const { previous, next } = content.neighbours(o);
  return (
    <article data-pagefind-body>
      <JsonLd data={objectiveLd(locale, o)} />
      <SearchMeta type="Objective" code={o.code} />
      <Breadcrumbs
        trail={[
          { label: 'Home', href: routes.home(locale) },
          { label: 'Objectives', href: routes.objectives(locale) },
          { label: `Programme ${p.number}`, href: routes.programme(locale, p.slug) },
        ]}
        current={o.code}
      />
      <PageTitle kicker={`Specific objective ${o.code}`}>{o.title}</PageTitle>
      <Permalink path={routes.objective(locale, o.code)} label={o.code} />
      <p className="mt-4">
        Part of <Link href={routes.programme(locale, p.slug)}>programme {p.number}: {p.title}</Link>.
      </p>
      {o.body.raw.trim() && <MdxBody code={o.body.code} locale={locale} />}
      <Section id="actions" title="Actions tied to this objective">
        {actions.length > 0 ? (
          <ActionList actions={actions} locale={locale} />
        ) : (
          <p>
            The source does not tie any named action to this objective on its own. See the{' '}
            <Link href={`${routes.programme(locale, p.slug)}#actions`}>actions of programme {p.number}</Link>.
          </p>
        )}
      </Section>
      <EditorialProjectLinks projects={content.projectsLinkedTo(o.code)} locale={locale} />
      <nav aria-label="Previous and next objective" className="mt-8 flex justify-between gap-4 text-sm">
        {previous ? <Link href={routes.objective(locale, previous.code)} rel="prev">← {previous.code}</Link> : <span />}
        {next ? <Link href={routes.objective(locale, next.code)} rel="next">{next.code} →</Link> : <span />}
      </nav>
      <BacklinksSection entity={entityKey('objective', o.code)} locale={locale} />
      <DataLinks dataset="objectives" record={objectiveSlug(o.code)} locale={locale} />
      <SourceNote sources={content.sourcesOf(o)} lastChecked={o.lastChecked} />
    </article>
  );
}
