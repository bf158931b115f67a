import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

/**
 * The whole hierarchy at a glance, folded: programmes with their objectives, IOM areas with
 * their projects. Native <details>/<summary> expand by keyboard and without JavaScript.
 */
export function BrowseMenu() {
  const { locale, t, c: content } = usePage();
  const summaryClass = 'cursor-pointer py-1 font-semibold';
  return (
    <details className="mt-2" data-testid="browse-menu">
      <summary className={`${summaryClass} text-brand-900`}>{t('browse.summary')}</summary>
      <nav aria-label={t('browse.label')} className="mt-2 rounded border border-slate-300 p-3">
        <p className="font-semibold">{t('browse.programmes')}</p>
        <ul className="mt-1 space-y-1">
          {content.programmes().map((p) => (
            <li key={p.slug}>
              <details>
                <summary className="cursor-pointer">{p.number}. {p.title}</summary>
                <ul className="ms-5 mt-1 space-y-1 border-s border-slate-300 ps-3">
                  <li><Link href={routes.programme(locale, p.slug)}>{t('browse.aboutProgramme')}</Link></li>
                  {content.objectivesOf(p).map((o) => (
                    <li key={o.code}><Link href={routes.objective(locale, o.code)}><Code>{o.code}</Code>{t('common.colon')}{o.title}</Link></li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="mt-3 font-semibold">{t('browse.areas')}</p>
        <ul className="mt-1 space-y-1">
          {content.thematicAreas().map((area) => (
            <li key={area.slug}>
              <details>
                <summary className="cursor-pointer">{area.title}</summary>
                <ul className="ms-5 mt-1 space-y-1 border-s border-slate-300 ps-3">
                  <li><Link href={routes.area(locale, area.slug)}>{t('browse.aboutArea')}</Link></li>
                  {content.projectsIn(area).map((p) => (
                    <li key={p.slug}><Link href={routes.project(locale, p.slug)}>{p.shortName ?? p.title}</Link></li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="mt-3"><Link href={routes.siteMap(locale)}>{t('browse.siteMap')}</Link></p>
      </nav>
    </details>
  );
}
