import { sortTableScript } from '@/lib/inline-scripts';

export interface FundingTableRow {
  donor: string;
  donorHref: string;
  project: string;
  projectHref: string;
  /** The project's code name as its source writes it ("RIASE"), if any: shown after the title unless the title holds it already ("…: FORAS"). */
  projectShortName?: string;
  area: string;
}

type Column = 'donor' | 'project' | 'area';
/** Names link to their pages; the area is plain text (its page is one tap away from the project's), so not every cell is an underlined link. */
const COLUMNS: Array<{ key: Column; href?: 'donorHref' | 'projectHref' }> = [
  { key: 'donor', href: 'donorHref' },
  { key: 'project', href: 'projectHref' },
  { key: 'area' },
];

/** The classes of the sort buttons sortTableScript makes of the column headers (named here, where Tailwind finds them). */
const SORT_BUTTON_CLASS = 'min-h-6 text-start font-semibold underline';

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
  // If the table is wider than the screen, its scroll area is a named region a keyboard can reach and scroll.
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="funding-table-caption" tabIndex={0} data-testid="funding-table-region">
      <table className="w-full border-collapse text-start text-sm hyphens-auto wrap-break-word" data-testid="funding-table" data-sort={collation} data-sort-button={SORT_BUTTON_CLASS}>
        <caption id="funding-table-caption" className="mb-2 text-start text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-700">
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="p-2 text-start align-bottom">
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
                  <Cell key={c.key} scope={i === 0 ? 'row' : undefined} className="p-2 text-start font-normal">
                    {c.href ? <a href={r[c.href]} className="inline-block py-0.5">{r[c.key]}</a> : r[c.key]}
                    {c.key === 'project' && r.projectShortName && !r.project.includes(r.projectShortName) ? <> <bdi className="whitespace-nowrap font-semibold" data-testid="project-short-name">({r.projectShortName})</bdi></> : null}
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
