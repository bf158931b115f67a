import Link from 'next/link';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbLd } from '@/lib/structured-data';

export interface Crumb {
  label: string;
  href: string;
}

/** The trail above a page's h1; the last item is the current page (not a link). Also as JSON-LD. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <JsonLd data={breadcrumbLd(trail, current)} />
      <ol className="flex flex-wrap gap-x-2 text-slate-700">
        {trail.map((crumb) => (
          <li key={crumb.href} className="after:ms-2 after:content-['›']">
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
