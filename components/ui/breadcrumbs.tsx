import Link from 'next/link';

export interface Crumb {
  label: string;
  href: string;
}

/** The trail above a page's h1; the last item is the current page (not a link). */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
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
