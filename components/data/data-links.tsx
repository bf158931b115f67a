import { dataPaths, datasets, type DatasetName } from '@/lib/open-data/datasets';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** Where an entity's facts can be downloaded: its own record and its whole dataset. */
export function DataLinks({ dataset, record, locale }: { dataset: DatasetName; record?: string; locale: Locale }) {
  return (
    <p className="mt-4 text-sm" data-testid="data-links">
      Open data:{' '}
      {record && <><a href={dataPaths.record(dataset, record)}>this record (JSON)</a> · </>}
      {datasets[dataset].title.toLowerCase()}: <a href={dataPaths.json(dataset)}>JSON</a>, <a href={dataPaths.csv(dataset)}>CSV</a>
      {' '}(<a href={routes.data(locale)}>about the data</a>)
    </p>
  );
}
