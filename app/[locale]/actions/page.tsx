import Link from '@/components/ui/link';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { ActionList } from '@/components/snia/action-list';
import { Section } from '@/components/ui/page-title';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function ActionsPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const actions = c.actions();
  const { totals } = c.strategy();
  return (
    <PageFrame path={routes.actions(locale)}
      current={t('header.actions')} title={t('header.actions')} dataset="actions"
      // The total ("81 actions") is the strategy's, from its own source: cite both.
      listOf={[...actions, c.strategy()]}
    >
      <p>{t('actionsPage.intro', { total: totals.actions, named: actions.length })}</p>
      {c.programmes().map((p) => {
        const own = c.actionsOf(p);
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
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.actions);
