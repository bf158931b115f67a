import Link from '@/components/ui/link';
import { donorListName, type Project } from '@/lib/content';
import { IsolatedList } from '@/components/ui/isolated-list';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

/** Projects with their funders (and area, unless every project shares one). */
export function ProjectList({ projects, showArea = true }: { projects: Project[]; showArea?: boolean }) {
  const { locale, t, c } = usePage();
  return (
    <ul className="space-y-3" data-testid="project-list">
      {projects.map((p) => (
        <li key={p.slug}>
          <Link href={routes.project(locale, p.slug)} className="inline-block py-0.5 font-semibold">{p.title}</Link>
          <p className="text-sm text-slate-700">
            {showArea && <>{c.area(p.area).title} · </>}
            {t.rich('common.fundedByList', { list: () => <IsolatedList items={c.donorsOf(p).map(donorListName)} /> })}
          </p>
        </li>
      ))}
    </ul>
  );
}
