import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Section } from '@/components/ui/page-title';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function ObjectivesPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const objectives = c.objectives();
  return (
    <PageFrame path={routes.objectives(locale)} current={t('header.objectives')} title={t('objectivesPage.title', { count: objectives.length })} dataset="objectives" listOf={objectives}>
      <p>{t.rich('objectivesPage.numbering', { last: objectives.length, code: (chunks) => <Code>{chunks}</Code> })}</p>
      <p className="mt-1 text-sm text-slate-700" data-testid="osp-explained">{t.rich('objectivesPage.ospExplained', { last: c.objectives().length, code: (chunks) => <Code>{chunks}</Code> })}</p>
      {c.programmes().map((p) => (
        <Section key={p.slug} id={`programme-${p.number}`} title={t('common.programmeTitled', { number: p.number, title: p.title })}>
          <p className="mb-2 text-sm"><Link href={routes.programme(locale, p.slug)}>{t('objectivesPage.aboutProgramme', { number: p.number })}</Link></p>
          <ObjectiveList objectives={c.objectivesOf(p)} />
        </Section>
      ))}
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.objectives);
