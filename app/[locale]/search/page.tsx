import type { Metadata } from 'next';
import { AZIndex } from '@/components/search/a-z-index';
import { Search } from '@/components/search/search.client';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { catalogue } from '@/lib/catalogue';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.search(await localeOf(params)));

export default async function SearchPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const coded = catalogue(locale).flatMap((e) => (e.code && (e.type === 'Objective' || e.type === 'Action') ? [{ code: e.code, type: e.type, title: e.title, href: e.href }] : []));
  return (
    <div>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Search" />
      <PageTitle>Search</PageTitle>
      <Search coded={coded} />
      <AZIndex locale={locale} />
    </div>
  );
}
