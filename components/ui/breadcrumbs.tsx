import Link from '@/components/ui/link';
import { JsonLd } from '@/components/seo/json-ld';
import { getT } from '@/lib/i18n';
import { breadcrumbLd } from '@/lib/structured-data';
import { usePageLocale } from '@/components/page-scope';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * The trail above a page's h1; the last item is the current page (not a link). Also as
 * JSON-LD. The separator is CSS content after each item, and flips in right-to-left pages.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const locale = usePageLocale();
  return (
    <nav aria-label={getT(locale)('breadcrumbs.label')} className="mb-4 text-sm" data-testid="breadcrumbs">
      <JsonLd data={breadcrumbLd(locale, trail, current)} />
      <ol className="flex flex-wrap gap-x-2 text-slate-700">
        {trail.map((crumb) => (
          <li key={crumb.href} className="after:ms-2 after:content-['›'] rtl:after:content-['‹']">
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
