import Link from '@/components/ui/link';
import { routes } from '@/lib/routes';
import { localeDirection } from '@/lib/site';
import { fromReadingStart, wrapLabel } from '@/lib/svg-text';
import { usePage } from '@/components/page-scope';

const ROW = 52;
const LABEL_WIDTH = 300;
const CELL = 84;
const LINE = 16;

/**
 * The 11 programmes and their 27 objectives at a glance, drawn at build time as SVG:
 * one row per programme, one linked cell per objective. A table gives the same content.
 * SVG coordinates do not follow `dir`, so in Arabic the drawing is mirrored here: labels
 * on the right, objectives running leftwards.
 */
export function StrategyMap() {
  const { locale, t, c } = usePage();
  const rtl = localeDirection(locale) === 'rtl';
  const programmes = c.programmes();
  const maxCells = Math.max(...programmes.map((p) => c.objectivesOf(p).length));
  const width = LABEL_WIDTH + maxCells * CELL;
  const height = programmes.length * ROW;
  const fromStart = fromReadingStart(width, rtl);
  return (
    <figure className="mt-2">
      <div className="overflow-x-auto" role="region" aria-label={t('strategyMap.region')} tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} className="min-w-[36rem]" role="group" aria-labelledby="strategy-map-title strategy-map-desc" data-testid="strategy-map" direction={rtl ? 'rtl' : 'ltr'}>
          <title id="strategy-map-title">{t('strategyMap.title', { programmes: programmes.length, objectives: c.objectives().length })}</title>
          <desc id="strategy-map-desc">{t('strategyMap.desc')}</desc>
          {programmes.map((p, row) => {
            const y = row * ROW;
            const label = wrapLabel(`${p.number}. ${p.title}`, 36).slice(0, 2);
            return (
              <g key={p.slug}>
                <rect x={0} y={y + 2} width={width} height={ROW - 4} className={row % 2 ? 'fill-white' : 'fill-brand-50'} />
                <Link href={routes.programme(locale, p.slug)}>
                  <text x={fromStart(8)} y={y + ROW / 2 - ((label.length - 1) * LINE) / 2 + 5} className="fill-brand-900 text-[14px] font-semibold underline">
                    {label.map((line, i) => <tspan key={line} x={fromStart(8)} dy={i === 0 ? 0 : LINE}>{line}</tspan>)}
                  </text>
                </Link>
                {c.objectivesOf(p).map((o, i) => (
                  <Link key={o.code} href={routes.objective(locale, o.code)} aria-label={`${o.code}${t('common.colon')}${o.title}`}>
                    <rect x={fromStart(LABEL_WIDTH + i * CELL, CELL - 8)} y={y + 8} width={CELL - 8} height={ROW - 16} rx={4} className="fill-brand-700" />
                    <text x={fromStart(LABEL_WIDTH + i * CELL + (CELL - 8) / 2)} y={y + ROW / 2 + 5} textAnchor="middle" direction="ltr" className="fill-white text-[14px] font-semibold">{o.code}</text>
                  </Link>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <details className="mt-2">
        <summary>{t('strategyMap.asTable')}</summary>
        <table className="mt-2 w-full text-start text-sm">
          <caption className="sr-only">{t('strategyMap.caption')}</caption>
          <thead><tr><th scope="col" className="text-start">{t('strategyMap.programme')}</th><th scope="col" className="text-start">{t('strategyMap.objectives')}</th></tr></thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.slug} className="border-t border-slate-200 align-top">
                <th scope="row" className="pe-3 text-start font-normal"><Link href={routes.programme(locale, p.slug)}>{p.number}. {p.title}</Link></th>
                <td>
                  <ul>{c.objectivesOf(p).map((o) => <li key={o.code}><Link href={routes.objective(locale, o.code)}>{o.code}</Link>{t('common.colon')}{o.title}</li>)}</ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
