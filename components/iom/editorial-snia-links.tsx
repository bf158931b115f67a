import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { type Project } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { Section } from '../ui/page-title';
import { usePage } from '@/components/page-scope';

/** The SNIA programmes and objectives this site relates a project to — editorial, and labelled so. */
export function EditorialSniaLinks({ project }: { project: Project }) {
  const { locale, c } = usePage();
  const { programmes, objectives } = c.sniaLinksOf(project);
  if (programmes.length + objectives.length === 0) return null;
  const t = getT(locale);
  return (
    <Section id="related-snia" title={t('editorial.sniaTitle')}>
      <p className="mb-2 text-sm text-slate-700">{t('editorial.caveat')}</p>
      <ul className="list-disc space-y-1 ps-6">
        {programmes.map((p) => (
          <li key={p.slug}><Link href={routes.programme(locale, p.slug)}>{t('common.programmeTitled', { number: p.number, title: p.title })}</Link></li>
        ))}
        {objectives.map((o) => (
          <li key={o.code}><Link href={routes.objective(locale, o.code)}><Code>{o.code}</Code>{t('common.colon')}{o.title}</Link></li>
        ))}
      </ul>
    </Section>
  );
}
