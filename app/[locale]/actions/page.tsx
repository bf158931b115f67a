import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { ActionList } from '@/components/snia/action-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.actions(await localeOf(params)));

export default async function ActionsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const actions = content.actions();
  const { totals } = content.strategy();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Actions" />
      <PageTitle>Actions</PageTitle>
      <p>
        The strategy has {totals.actions} actions in all. The programme-by-programme source names {actions.length} of
        them; they are listed here. For the other programmes the source names none.
      </p>
      {content.programmes().map((p) => {
        const own = content.actionsOf(p);
        return (
          <Section key={p.slug} id={`programme-${p.number}`} title={`Programme ${p.number}: ${p.title}`}>
            {own.length > 0 ? (
              <ActionList actions={own} locale={locale} />
            ) : (
              <p className="text-slate-700">
                {p.statedActionCount
                  ? `The source says this programme’s objectives are spread over ${p.statedActionCount} actions, without naming them.`
                  : 'No action named in the source.'}{' '}
                <Link href={routes.programme(locale, p.slug)}>See programme {p.number}</Link>.
              </p>
            )}
          </Section>
        );
      })}
      <DataLinks dataset="actions" locale={locale} />
      {actions[0] && <SourceNote sources={content.sourcesOf(actions[0])} lastChecked={actions[0].lastChecked} />}
    </article>
  );
}
