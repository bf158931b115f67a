import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { foreignText } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

/**
 * The 11 programmes and their 27 objectives at a glance: one row per programme, its
 * objectives as linked chips that wrap onto more lines rather than run off the screen. It
 * was an SVG of fixed width that scrolled sideways on a phone, so each programme seemed to
 * have one objective and keyboard focus landed off-screen; as HTML it wraps at any width,
 * mirrors itself in Arabic, and every chip is in view when focused. A table gives the same.
 */
export function StrategyMap() {
  const { locale, t, c } = usePage();
  const programmes = c.programmes();
  const colon = t('common.colon');
  return (
    <figure className="mt-2">
      <div role="group" aria-labelledby="strategy-map-title" aria-describedby="strategy-map-desc" data-testid="strategy-map">
        <p id="strategy-map-title" className="sr-only">{t('strategyMap.title', { programmes: programmes.length, objectives: c.objectives().length })}</p>
        <p id="strategy-map-desc" className="sr-only">{t('strategyMap.desc')}</p>
        <ol>
          {programmes.map((p) => (
            <li key={p.slug} className="grid gap-x-4 gap-y-1 px-2 py-2 odd:bg-brand-50 sm:grid-cols-[18rem_1fr] sm:items-center" data-testid="strategy-map-row">
              <Link href={routes.programme(locale, p.slug)} className="inline-block py-0.5 font-semibold text-brand-900">{p.number}. <span {...foreignText(p.lang, locale)}>{p.title}</span></Link>
              <ul className="flex flex-wrap gap-2">
                {c.objectivesOf(p).map((o) => (
                  <li key={o.code}>
                    <Link
                      href={routes.objective(locale, o.code)} aria-label={`${o.code}${colon}${o.title}`} title={o.title}
                      className="inline-flex min-h-11 min-w-16 items-center justify-center rounded bg-brand-700 px-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
                      data-testid="objective-chip"
                    >
                      <Code>{o.code}</Code>
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
      <details className="mt-2">
        <summary className="inline-block min-h-6 cursor-pointer py-0.5">{t('strategyMap.asTable')}</summary>
        <table className="mt-2 w-full text-start text-sm">
          <caption className="sr-only">{t('strategyMap.caption')}</caption>
          <thead><tr><th scope="col" className="text-start">{t('strategyMap.programme')}</th><th scope="col" className="text-start">{t('strategyMap.objectives')}</th></tr></thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.slug} className="border-t border-slate-200 align-top">
                <th scope="row" className="pe-3 text-start font-normal"><Link href={routes.programme(locale, p.slug)} className="inline-block py-0.5">{p.number}. <span {...foreignText(p.lang, locale)}>{p.title}</span></Link></th>
                <td>
                  <ul>{c.objectivesOf(p).map((o) => <li key={o.code}><Link href={routes.objective(locale, o.code)} className="inline-block py-0.5"><Code>{o.code}</Code></Link>{colon}<span {...foreignText(o.lang, locale)}>{o.title}</span></li>)}</ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
