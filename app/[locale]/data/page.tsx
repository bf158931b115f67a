import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import Link from '@/components/ui/link';
import { JsonLd } from '@/components/seo/json-ld';
import { Section } from '@/components/ui/page-title';
import { content } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { datasetNames, datasets } from '@/lib/open-data/datasets';
import { fieldDocs } from '@/lib/open-data/field-docs';
import type { LocaleParams } from '@/lib/page-params';
import { dataPaths, routes } from '@/lib/routes';
import { dataCatalogLd } from '@/lib/structured-data';

export default async function DataPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageScope(params);
  // The files themselves are English (the reference text): their descriptions are marked so.
  const english = foreignText('en', locale);
  return (
    <PageFrame path={routes.data(locale)} head={<JsonLd data={dataCatalogLd(locale)} />} current={t('dataPage.title')} title={t('dataPage.title')}>
      <p>{t.rich('dataPage.intro', { schema: (chunks) => <a href="https://json-schema.org/">{chunks}</a> })}</p>
      <p className="mt-2">
        {t.rich('dataPage.ownership', {
          sources: (chunks) => <Link href={routes.sources(locale)}>{chunks}</Link>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      {locale !== 'en' && <p className="mt-2">{t('dataPage.english')}</p>}
      {datasetNames.map((name) => {
        const spec = datasets[name];
        return (
          <Section key={name} id={`dataset-${name}`} title={t(`datasets.${name}`)}>
            <p><span {...english}>{spec.description}</span> {t('dataPage.records', { count: spec.records().length })}</p>
            <p className="mt-1" dir="ltr">
              <a href={dataPaths.json(name)}>{name}.json</a> · <a href={dataPaths.csv(name)}>{name}.csv</a> ·{' '}
              <a href={dataPaths.schema(name)}>{name}.schema.json</a>
            </p>
            {/* Scrolls sideways when the table is wider than a phone: focusable so keyboards can scroll it. */}
            <div className="mt-2 overflow-x-auto" role="region" aria-label={t('dataPage.fieldsOf', { name })} tabIndex={0}>
              <table className="w-full text-start text-sm">
                <caption className="sr-only">{t('dataPage.fieldsOf', { name })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pe-3 text-start">{t('dataPage.field')}</th>
                    <th scope="col" className="pe-3 text-start">{t('dataPage.type')}</th>
                    <th scope="col" className="text-start">{t('dataPage.meaning')}</th>
                  </tr>
                </thead>
                <tbody {...english}>
                  {fieldDocs(name).map((f) => (
                    <tr key={f.name} className="border-t border-slate-200 align-top">
                      <th scope="row" className="pe-3 text-start font-mono font-normal" dir="ltr">{f.name}</th>
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
        {t('dataPage.sourcesOfFacts')}{t('common.colon')}<span {...english}>{content.sources().map((s) => `${s.publisher}, “${s.title}”`).join('; ')}</span>.
      </p>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.data);
