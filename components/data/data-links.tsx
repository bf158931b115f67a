import type { DatasetName } from '@/lib/open-data/datasets';
import { dataPaths, routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

/** Where an entity's facts can be downloaded: its own record and its whole dataset. */
export function DataLinks({ dataset, record }: { dataset: DatasetName; record?: string }) {
  const { locale, t } = usePage();
  return (
    <p className="mt-4 text-sm" data-testid="data-links">
      {t('dataLinks.openData')}{t('common.colon')}
      {record && <><a href={dataPaths.record(dataset, record)}>{t('dataLinks.record')}</a> · </>}
      {t(`datasets.${dataset}`)}{t('common.colon')}<a href={dataPaths.json(dataset)}>JSON</a>, <a href={dataPaths.csv(dataset)}>CSV</a>
      {' '}(<a href={routes.data(locale)}>{t('dataLinks.about')}</a>)
    </p>
  );
}
