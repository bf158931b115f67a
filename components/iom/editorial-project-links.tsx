import Link from '@/components/ui/link';
import type { Project } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { Section } from '../ui/page-title';
import { usePageLocale } from '@/components/page-scope';

/**
 * IOM projects this site relates to an SNIA programme or objective. The link is our
 * editorial judgement, not an official alignment, and the heading says so.
 */
export function EditorialProjectLinks({ projects }: { projects: Project[] }) {
  const locale = usePageLocale();
  if (projects.length === 0) return null;
  const t = getT(locale);
  return (
    <Section id="related-iom-projects" title={t('editorial.projectsTitle')}>
      <p className="mb-2 text-sm text-slate-700">{t('editorial.caveat')}</p>
      <ul className="list-disc space-y-1 ps-6">
        {projects.map((p) => (
          <li key={p.slug}>
            <Link href={routes.project(locale, p.slug)}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
