import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { dataCatalogLd } from '@/lib/structured-data';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { content } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { dataPaths, datasetNames, datasets } from '@/lib/open-data/datasets';
import { fieldDocs } from '@/lib/open-data/field-docs';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.data(await localeOf(params)));

export default async function DataPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  return (
    <article data-pagefind-body>
      <JsonLd data={dataCatalogLd(locale)} />
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Open data" />
      <PageTitle>Open data</PageTitle>
      <p>
        Everything this site shows is also published as data, generated at each build from the same files as the pages.
        Each dataset comes as JSON (with its sources and a link to its schema), as CSV (UTF-8 with a byte-order mark,
        lists joined with “; ”) and as a <a href="https://json-schema.org/">JSON Schema</a> (draft 2020-12) describing
        every field. Each entity also has its own record, linked from its page.
      </p>
      <p className="mt-2">
        The facts belong to their publishers, named in every file’s <code>sources</code> and on the{' '}
        <Link href={routes.sources(locale)}>sources page</Link>. Links from IOM projects to SNIA programmes or objectives
        (<code>snia_editorial_links</code>) are this site’s editorial judgement, not an official alignment.
      </p>
      {datasetNames.map((name) => {
        const spec = datasets[name];
        return (
          <Section key={name} id={`dataset-${name}`} title={spec.title}>
            <p>{spec.description} {spec.records().length} records.</p>
            <p className="mt-1">
              <a href={dataPaths.json(name)}>{name}.json</a> · <a href={dataPaths.csv(name)}>{name}.csv</a> ·{' '}
              <a href={dataPaths.schema(name)}>{name}.schema.json</a>
            </p>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-start text-sm">
                <caption className="sr-only">Fields of {name}</caption>
                <thead>
                  <tr><th scope="col" className="pe-3 text-start">Field</th><th scope="col" className="pe-3 text-start">Type</th><th scope="col" className="text-start">Meaning</th></tr>
                </thead>
                <tbody>
                  {fieldDocs(name).map((f) => (
                    <tr key={f.name} className="border-t border-slate-200 align-top">
                      <th scope="row" className="pe-3 text-start font-mono font-normal">{f.name}</th>
                      <td className="pe-3">{f.type}</td>
                      <td>{f.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        );
      })}
      <p className="mt-8 text-sm text-slate-700">
        Sources of the facts: {content.sources().map((s) => `${s.publisher}, “${s.title}”`).join('; ')}.
      </p>
    </article>
  );
}
