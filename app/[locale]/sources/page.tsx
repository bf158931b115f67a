import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.sources(await localeOf(params)));

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Sources" />
      <PageTitle>Sources</PageTitle>
      <p>Every fact on this site comes from one of these public pages. Each page of the site names its own.</p>
      <ul className="mt-4 space-y-3">
        {content.sources().map((s) => (
          <li key={s.id}>
            <span className="font-semibold">{s.publisher}</span>, “{s.title}”: <a href={s.url} className="break-all">{s.url}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}
