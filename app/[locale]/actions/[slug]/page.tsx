import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { actionLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { MdxBody } from '@/components/mdx/mdx-body';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { Permalink } from '@/components/ui/permalink';
import { SourceNote } from '@/components/ui/source-note';
import { actionCodeFromSlug, actionSlug } from '@/lib/codes';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.actions().map((a) => actionSlug(a.code)));

const findAction = (slug: string) => {
  const code = actionCodeFromSlug(slug);
  return code ? content.action(code) : undefined;
};

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: a } = await entityOf(params, findAction);
  return pageMetadata(routes.action(locale, a.code));
}

export default async function ActionPage({ params }: { params: SlugParams }) {
  const { locale, entity: a } = await entityOf(params, findAction);
  const p = content.programme(a.programme);
  const objectives = content.objectivesOfAction(a);
  const shared = content.sharedWith(a);
  return (
    <article data-pagefind-body>
      <JsonLd data={actionLd(locale, a)} />
      <SearchMeta type="Action" code={a.code} />
      <Breadcrumbs
        trail={[
          { label: 'Home', href: routes.home(locale) },
          { label: 'Actions', href: routes.actions(locale) },
          { label: `Programme ${p.number}`, href: routes.programme(locale, p.slug) },
        ]}
        current={`Action ${a.code}`}
      />
      <PageTitle kicker={`Programme ${p.number}: ${p.title}`}>Action {a.code}</PageTitle>
      <p className="text-lg">{a.description}.</p>
      {shared.length > 0 && (
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm">
          The source describes this action together with{' '}
          {shared.map((s, i) => (
            <span key={s.code}>
              {i > 0 && (i === shared.length - 1 ? ' and ' : ', ')}
              <Link href={routes.action(locale, s.code)}>action {s.code}</Link>
            </span>
          ))}
          : they share this description.
        </p>
      )}
      <div className="mt-4"><Permalink path={routes.action(locale, a.code)} label={`action ${a.code}`} /></div>
      {a.body.raw.trim() && <MdxBody code={a.body.code} locale={locale} />}
      <Section id="programme" title="Programme">
        <p><Link href={routes.programme(locale, p.slug)}>Programme {p.number}: {p.title}</Link></p>
      </Section>
      <Section id="objectives" title="Specific objectives">
        {objectives.length > 0 ? (
          <ObjectiveList objectives={objectives} locale={locale} />
        ) : (
          <p>The source does not tie this action to one specific objective; see the programme’s objectives.</p>
        )}
      </Section>
      <BacklinksSection entity={entityKey('action', a.code)} locale={locale} />
      <DataLinks dataset="actions" record={actionSlug(a.code)} locale={locale} />
      <SourceNote sources={content.sourcesOf(a)} lastChecked={a.lastChecked} />
    </article>
  );
}
