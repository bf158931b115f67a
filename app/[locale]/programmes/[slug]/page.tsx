import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { programmeLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { MdxBody } from '@/components/mdx/mdx-body';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { ActionList } from '@/components/snia/action-list';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.programmes().map((p) => p.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: p } = await entityOf(params, content.programme);
  return pageMetadata(routes.programme(locale, p.slug));
}

export default async function ProgrammePage({ params }: { params: SlugParams }) {
  const { locale, entity: p } = await entityOf(params, content.programme);
  const objectives = content.objectivesOf(p);
  const actions = content.actionsOf(p);
  return (
    <article data-pagefind-body>
      <JsonLd data={programmeLd(locale, p)} />
      <SearchMeta type="Programme" code={String(p.number)} />
      <Breadcrumbs
        trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'Programmes', href: routes.programmes(locale) }]}
        current={`Programme ${p.number}`}
      />
      <PageTitle kicker={`Programme ${p.number} of ${content.programmes().length}`}>{p.title}</PageTitle>
      <p className="mb-4 text-lg">{p.summary}</p>
      <MdxBody code={p.body.code} locale={locale} />
      <Section id="objectives" title={`Specific objectives (${objectives.length})`}>
        <ObjectiveList objectives={objectives} locale={locale} />
      </Section>
      <Section id="actions" title="Actions named in the source">
        {actions.length > 0 ? (
          <ActionList actions={actions} locale={locale} />
        ) : (
          <p>
            {p.statedActionCount
              ? `The source says this programme's objectives are spread over ${p.statedActionCount} actions, but does not name them.`
              : 'The source does not name this programme’s actions.'}
          </p>
        )}
      </Section>
      <EditorialProjectLinks projects={content.projectsLinkedTo(p.slug)} locale={locale} />
      <BacklinksSection entity={entityKey('programme', p.slug)} locale={locale} />
      <DataLinks dataset="programmes" record={p.slug} locale={locale} />
      <SourceNote sources={content.sourcesOf(p)} lastChecked={p.lastChecked} />
    </article>
  );
}
