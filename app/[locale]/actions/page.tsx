import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { ActionList } from '@/components/snia/action-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.actions(await localeOf(params)));

export default async function ActionsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const actions = content.actions();
  const { totals } = content.strategy();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('header.actions')} />
      <PageTitle>{t('header.actions')}</PageTitle>
      <p>{t('actionsPage.intro', { total: totals.actions, named: actions.length })}</p>
      {content.programmes().map((p) => {
        const own = content.actionsOf(p);
        return (
          <Section key={p.slug} id={`programme-${p.number}`} title={t('common.programmeTitled', { number: p.number, title: p.title })}>
            {own.length > 0 ? (
              <ActionList actions={own} />
            ) : (
              <p className="text-slate-700">
                {p.statedActionCount ? t('programmePage.actionsUnnamed', { count: p.statedActionCount }) : t('actionsPage.noneNamed')}{' '}
                <Link href={routes.programme(locale, p.slug)}>{t('actionsPage.seeProgramme', { number: p.number })}</Link>.
              </p>
            )}
          </Section>
        );
      })}
      <DataLinks dataset="actions" />
      {actions[0] && (
        // The total ("81 actions") is the strategy's, from its own source: cite both.
        <SourceNote sources={[...new Set([...content.sourcesOf(actions[0]), ...content.sourcesOf(content.strategy())])]} lastChecked={actions[0].lastChecked} />
      )}
    </article>
  );
}
