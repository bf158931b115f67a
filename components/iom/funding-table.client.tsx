'use client';

import { useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

export interface FundingTableRow {
  donor: string;
  donorHref: string;
  project: string;
  projectHref: string;
  area: string;
  areaHref: string;
}

type Column = 'donor' | 'project' | 'area';
const COLUMNS: Array<{ key: Column; href: keyof FundingTableRow }> = [
  { key: 'donor', href: 'donorHref' },
  { key: 'project', href: 'projectHref' },
  { key: 'area', href: 'areaHref' },
];

/**
 * The funding table. Rendered in full at build time (the no-JavaScript view); once
 * JavaScript runs, column headers become sort buttons (aria-sort announces the order).
 * Labels come from the server in the page's language; `collation` is its Intl locale.
 */
export function FundingTable({ rows, caption, labels, collation }: {
  rows: FundingTableRow[];
  caption: string;
  labels: Record<Column, string>;
  collation: string;
}) {
  const interactive = useHydrated();
  const [sort, setSort] = useState<{ key: Column; ascending: boolean } | null>(null);

  const sorted = sort
    ? [...rows].sort((a, b) => a[sort.key].localeCompare(b[sort.key], collation) * (sort.ascending ? 1 : -1))
    : rows;
  const toggle = (key: Column) =>
    setSort((s) => ({ key, ascending: s?.key === key ? !s.ascending : true }));

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm" data-testid="funding-table">
        <caption className="mb-2 text-start text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-700">
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="p-2"
                aria-sort={sort?.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : undefined}
              >
                {interactive ? (
                  <button type="button" className="font-semibold underline" onClick={() => toggle(c.key)}>
                    {labels[c.key]}
                    <span aria-hidden="true">{sort?.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ' ⇅'}</span>
                  </button>
                ) : (
                  labels[c.key]
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.donorHref}|${r.projectHref}`} className="border-b border-slate-200 align-top">
              {COLUMNS.map((c, i) => {
                const Cell = i === 0 ? 'th' : 'td';
                return (
                  <Cell key={c.key} scope={i === 0 ? 'row' : undefined} className="p-2 font-normal">
                    <a href={r[c.href]}>{r[c.key]}</a>
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
