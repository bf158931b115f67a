import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { catalogueByKey } from '@/lib/catalogue';
import type { EntityKey } from '@/lib/content/backlinks';
import { Section } from '../ui/page-title';
import { usePage } from '@/components/page-scope';

/** "What links here": every entity whose content points at this one. */
export function BacklinksSection({ entity }: { entity: EntityKey }) {
  const { locale, t, c } = usePage();
  const entries = catalogueByKey(locale);
  const links = c.backlinks(entity).flatMap((link) => {
    const entry = entries.get(link.from);
    return entry ? [{ ...entry, editorial: link.editorial }] : [];
  });
  if (links.length === 0) return null;
  return (
    <Section id="what-links-here" title={t('backlinks.title')}>
      <ul className="list-disc space-y-1 ps-6" data-testid="backlinks">
        {links.map((l) => (
          <li key={l.key}>
            <span className="text-slate-700">{l.type}{l.code && <> <Code>{l.code}</Code></>}{t('common.colon')}</span>
            <Link href={l.href}>{l.title}</Link>
            {l.editorial && <span className="text-slate-700"> {t('backlinks.editorial')}</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
