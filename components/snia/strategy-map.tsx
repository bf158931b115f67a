import Link from 'next/link';
import { content } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';
import { wrapLabel } from '@/lib/svg-text';

const ROW = 52;
const LABEL_WIDTH = 300;
const CELL = 84;
const LINE = 16;

/**
 * The 11 programmes and their 27 objectives at a glance, drawn at build time as SVG:
 * one row per programme, one linked cell per objective. A table gives the same content.
 */
export function StrategyMap({ locale }: { locale: Locale }) {
  const programmes = content.programmes();
  const maxCells = Math.max(...programmes.map((p) => content.objectivesOf(p).length));
  const width = LABEL_WIDTH + maxCells * CELL;
  const height = programmes.length * ROW;
  return (
    <figure className="mt-2">
      <div className="overflow-x-auto" role="region" aria-label="Map of programmes and objectives (scrolls sideways on narrow screens)" tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} className="min-w-[36rem]" role="group" aria-labelledby="strategy-map-title strategy-map-desc" data-testid="strategy-map">
          <title id="strategy-map-title">{`The SNIA at a glance: ${programmes.length} programmes and their ${content.objectives().length} specific objectives`}</title>
          <desc id="strategy-map-desc">One row per programme, in order; each box is a specific objective of that programme and links to its page.</desc>
          {programmes.map((p, row) => {
            const y = row * ROW;
            const label = wrapLabel(`${p.number}. ${p.title}`, 36).slice(0, 2);
            return (
              <g key={p.slug}>
                <rect x={0} y={y + 2} width={width} height={ROW - 4} className={row % 2 ? 'fill-white' : 'fill-brand-50'} />
                <Link href={routes.programme(locale, p.slug)}>
                  <text x={8} y={y + ROW / 2 - ((label.length - 1) * LINE) / 2 + 5} className="fill-brand-900 text-[14px] font-semibold underline">
                    {label.map((line, i) => <tspan key={line} x={8} dy={i === 0 ? 0 : LINE}>{line}</tspan>)}
                  </text>
                </Link>
                {content.objectivesOf(p).map((o, i) => (
                  <Link key={o.code} href={routes.objective(locale, o.code)} aria-label={`${o.code}: ${o.title}`}>
                    <rect x={LABEL_WIDTH + i * CELL} y={y + 8} width={CELL - 8} height={ROW - 16} rx={4} className="fill-brand-700" />
                    <text x={LABEL_WIDTH + i * CELL + (CELL - 8) / 2} y={y + ROW / 2 + 5} textAnchor="middle" className="fill-white text-[14px] font-semibold">{o.code}</text>
                  </Link>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <details className="mt-2">
        <summary>The same as a table</summary>
        <table className="mt-2 w-full text-start text-sm">
          <caption className="sr-only">Programmes and their specific objectives</caption>
          <thead><tr><th scope="col" className="text-start">Programme</th><th scope="col" className="text-start">Specific objectives</th></tr></thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.slug} className="border-t border-slate-200 align-top">
                <th scope="row" className="pe-3 text-start font-normal"><Link href={routes.programme(locale, p.slug)}>{p.number}. {p.title}</Link></th>
                <td>
                  <ul>{content.objectivesOf(p).map((o) => <li key={o.code}><Link href={routes.objective(locale, o.code)}>{o.code}</Link>: {o.title}</li>)}</ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
