import Link from 'next/link';
import { content, type Project } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';
import { Section } from '../ui/page-title';

/** The SNIA programmes and objectives this site relates a project to — editorial, and labelled so. */
export function EditorialSniaLinks({ project, locale }: { project: Project; locale: Locale }) {
  const { programmes, objectives } = content.sniaLinksOf(project);
  if (programmes.length + objectives.length === 0) return null;
  return (
    <Section id="related-snia" title="Related SNIA programmes (editorial link)">
      <p className="mb-2 text-sm text-slate-700">
        This link is drawn by this site to help readers; it is not an official alignment by the ministry or IOM.
      </p>
      <ul className="list-disc space-y-1 ps-6">
        {programmes.map((p) => (
          <li key={p.slug}><Link href={routes.programme(locale, p.slug)}>Programme {p.number}: {p.title}</Link></li>
        ))}
        {objectives.map((o) => (
          <li key={o.code}><Link href={routes.objective(locale, o.code)}>{o.code}: {o.title}</Link></li>
        ))}
      </ul>
    </Section>
  );
}
