import type { Thing, WithContext } from 'schema-dts';
import { PageFrame, type FrameProps } from '@/components/layout/page-frame';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import type { Source } from '@/lib/content';
import { entityKey, type EntityKind } from '@/lib/content/backlinks';
import type { DatasetName } from '@/lib/open-data/datasets';

export interface EntityProps extends Omit<FrameProps, 'dataset' | 'record' | 'sources'> {
  /** The entity's kind and id (its back-references), and the code search results show. */
  kind: EntityKind;
  id: string;
  code?: string;
  jsonLd?: WithContext<Thing>;
  dataset: DatasetName;
  record: string;
  sources: Source[];
  lastChecked: string;
}

/** The frame of an entity's own page: the shared frame with its JSON-LD, search metadata and back-references. */
export function EntityPage({ kind, id, code, jsonLd, sources, lastChecked, ...frame }: EntityProps) {
  return (
    <PageFrame
      {...frame}
      sources={{ sources, lastChecked }}
      head={<>{jsonLd ? <JsonLd data={jsonLd} /> : null}<SearchMeta kind={kind} id={id} code={code} /></>}
      beforeData={<BacklinksSection entity={entityKey(kind, id)} />}
    />
  );
}
