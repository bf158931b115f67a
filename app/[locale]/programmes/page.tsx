import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { ProgrammeList } from '@/components/snia/programme-list';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function ProgrammesPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const programmes = c.programmes();
  return (
    <PageFrame path={routes.programmes(locale)} current={t('header.programmes')} title={t('home.theProgrammes', { count: programmes.length })} dataset="programmes" listOf={programmes}>
      <ProgrammeList programmes={programmes} headingLevel="h2" />
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.programmes);
