/**
 * The one map from a body's elements to React: the site's link components (derived from the
 * entity table through lib/content/body.ts), which resolve through the catalogue — the loader
 * has already checked every id they name — and links, which the loader has checked too: site
 * paths are written without a language and followed in the reader's.
 */
import type { ComponentProps, ReactNode } from 'react';
import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { catalogueByKey } from '@/lib/catalogue';
import { bodyComponents, type BodyComponent } from '@/lib/content/body';
import { entityKey } from '@/lib/content/entities';
import { inLanguage } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function mdxComponents(locale: Locale) {
  const entries = catalogueByKey(locale);
  const links = Object.fromEntries(
    Object.values(bodyComponents).map(({ name, kind, prop, shows }) => [name, (props: Record<string, string>) => {
      const entry = entries.get(entityKey(kind, props[prop] ?? ''));
      if (!entry) throw new Error(`<${name} ${prop}="${props[prop]}"> names nothing: the loader should have refused it`);
      // Codes ("OSP 5", "3.4") stand in running text with the official wording as a tooltip.
      return shows === 'code'
        ? <Link href={entry.href} title={entry.title}><Code>{entry.code}</Code></Link>
        : <Link href={entry.href}>{entry.title}</Link>;
    }]),
  ) as Record<BodyComponent, (props: Record<string, string>) => ReactNode>;
  return {
    ...links,
    a: ({ href = '', children }: ComponentProps<'a'>) =>
      href.startsWith('/') ? <Link href={inLanguage(locale, href)}>{children}</Link> : <a href={href}>{children}</a>,
  };
}
