import Link from 'next/link';
import { catalogueByKey } from '@/lib/catalogue';
import { content } from '@/lib/content';
import type { EntityKey } from '@/lib/content/backlinks';
import type { Locale } from '@/lib/site';
import { Section } from '../ui/page-title';

/** "What links here": every entity whose content points at this one. */
export function BacklinksSection({ entity, locale }: { entity: EntityKey; locale: Locale }) {
  const entries = catalogueByKey(locale);
  const links = content.backlinks(entity).flatMap((link) => {
    const entry = entries.get(link.from);
    return entry ? [{ ...entry, editorial: link.editorial }] : [];
  });
  if (links.length === 0) return null;
  return (
    <Section id="what-links-here" title="What links here">
      <ul className="list-disc space-y-1 ps-6" data-testid="backlinks">
        {links.map((l) => (
          <li key={l.key}>
            <span className="text-slate-700">{l.type}{l.code && ` ${l.code}`}: </span>
            <Link href={l.href}>{l.title}</Link>
            {l.editorial && <span className="text-slate-700"> (editorial link by this site)</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
