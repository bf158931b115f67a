import Link from 'next/link';
import { content } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/**
 * The whole hierarchy at a glance, folded: programmes with their objectives, IOM areas with
 * their projects. Native <details>/<summary> expand by keyboard and without JavaScript.
 */
export function BrowseMenu({ locale }: { locale: Locale }) {
  const summaryClass = 'cursor-pointer py-1 font-semibold';
  return (
    <details className="mt-2" data-testid="browse-menu">
      <summary className={`${summaryClass} text-brand-900`}>Browse the whole hierarchy</summary>
      <nav aria-label="Browse" className="mt-2 rounded border border-slate-300 p-3">
        <p className="font-semibold">SNIA programmes and their objectives</p>
        <ul className="mt-1 space-y-1">
          {content.programmes().map((p) => (
            <li key={p.slug}>
              <details>
                <summary className="cursor-pointer">{p.number}. {p.title}</summary>
                <ul className="ms-5 mt-1 space-y-1 border-s border-slate-300 ps-3">
                  <li><Link href={routes.programme(locale, p.slug)}>About the programme</Link></li>
                  {content.objectivesOf(p).map((o) => (
                    <li key={o.code}><Link href={routes.objective(locale, o.code)}>{o.code}: {o.title}</Link></li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="mt-3 font-semibold">IOM Morocco areas and their projects</p>
        <ul className="mt-1 space-y-1">
          {content.thematicAreas().map((t) => (
            <li key={t.slug}>
              <details>
                <summary className="cursor-pointer">{t.title}</summary>
                <ul className="ms-5 mt-1 space-y-1 border-s border-slate-300 ps-3">
                  <li><Link href={routes.area(locale, t.slug)}>About the area</Link></li>
                  {content.projectsIn(t).map((p) => (
                    <li key={p.slug}><Link href={routes.project(locale, p.slug)}>{p.shortName ?? p.title}</Link></li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="mt-3"><Link href={routes.siteMap(locale)}>Site map: every page</Link></p>
      </nav>
    </details>
  );
}
