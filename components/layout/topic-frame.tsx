import type { ReactNode } from 'react';
import { ConflictTable } from '@/components/evidence/conflict-table';
import type { Topic } from '@/lib/content';
import { topicPath } from '@/lib/routes';
import { usePage } from '@/components/page-scope';
import { PageFrame } from './page-frame';

/**
 * The frame of a subject page (content/topics/): the page frame with the topic's title and
 * summary, its facts in the facts dataset and its sources in the note. The regularisation,
 * asylum and SNIA governance pages differ only in what they hold.
 */
export function TopicFrame({ topic, label, kicker, children }: { topic: Topic; label: string; kicker: string; children: ReactNode }) {
  const { locale } = usePage();
  return (
    <PageFrame
      path={topicPath(locale, topic.slug)} current={label} kicker={kicker} hub
      title={topic.title} textLang={topic.lang} foreign="block"
      lead={<p className="mb-4 text-lg">{topic.summary}</p>}
      dataset="facts" source={topic}
    >
      {children}
    </PageFrame>
  );
}

/** A topic's conflicts, each as a table of its sides, numbered in file order. */
export function ConflictTables({ conflicts }: { conflicts: Topic['conflicts'] }) {
  return <>{conflicts.map((conflict, i) => <ConflictTable key={conflict.topic} conflict={conflict} id={`conflict-${i + 1}`} />)}</>;
}
