import Link from 'next/link';
import { content, type Programme } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function ProgrammeList({
  programmes,
  locale,
  headingLevel: Heading = 'h3',
}: {
  programmes: Programme[];
  locale: Locale;
  /** Level of each card's heading, so the outline never skips a level. */
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2">
      {programmes.map((p) => {
        const count = content.objectivesOf(p).length;
        return (
          <li key={p.slug} className="rounded border border-slate-300 p-3">
            <p className="text-sm text-slate-700">Programme {p.number}</p>
            <Heading className="font-semibold">
              <Link href={routes.programme(locale, p.slug)}>{p.title}</Link>
            </Heading>
            <p className="mt-1 text-sm">{p.summary}</p>
            <p className="mt-1 text-sm text-slate-700">
              {count} specific objective{count === 1 ? '' : 's'}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
