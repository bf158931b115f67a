import { sortTableScript } from '@/lib/inline-scripts';

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

/** The classes of the sort buttons sortTableScript makes of the column headers (named here, where Tailwind finds them). */
const SORT_BUTTON_CLASS = 'font-semibold underline';

/**
 * The funding table. Rendered in full at build time (the no-JavaScript view); sortTableScript,
 * written right after it, turns the column headers into sort buttons (aria-sort announces
 * the order). Labels come from the server in the page's language; `collation` is its Intl locale.
 */
export function FundingTable({ rows, caption, labels, collation }: {
  rows: FundingTableRow[];
  caption: string;
  labels: Record<Column, string>;
  collation: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm" data-testid="funding-table" data-sort={collation} data-sort-button={SORT_BUTTON_CLASS}>
        <caption className="mb-2 text-start text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-700">
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="p-2">
                {labels[c.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
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
      <script dangerouslySetInnerHTML={{ __html: sortTableScript }} />
    </div>
  );
}
