import type { Source } from '@/lib/content';
import { formatDate } from '@/lib/format';

/** Where a page's facts come from, and when they were last checked. */
export function SourceNote({ sources, lastChecked }: { sources: Source[]; lastChecked: string }) {
  return (
    <aside aria-labelledby="source-heading" className="mt-10 rounded border border-slate-300 bg-slate-50 p-4 text-sm">
      <h2 id="source-heading" className="font-semibold">
        Source
      </h2>
      <ul className="mt-1 space-y-1">
        {sources.map((s) => (
          <li key={s.id}>
            {s.publisher}, “{s.title}”: <a href={s.url} className="break-all">{s.url}</a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-700">
        Last checked against the source: <time dateTime={lastChecked}>{formatDate(lastChecked)}</time>
      </p>
    </aside>
  );
}
