/**
 * The one map from a body's elements to React: the site's link components (the allowlist in
 * lib/content/body.ts), which resolve through the content index — the loader has already
 * checked every id they name — and links, which the loader has checked too: site paths are
 * written without a language and followed in the reader's.
 */
import type { ComponentProps, ReactNode } from 'react';
import Link from '@/components/ui/link';
import type { BodyComponent, bodyComponents } from '@/lib/content/body';
import { donorListName, type ContentIndex } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function mdxComponents(locale: Locale, content: ContentIndex) {
  const links: { [C in BodyComponent]: (props: Record<(typeof bodyComponents)[C]['prop'], string>) => ReactNode } = {
    Programme: ({ slug }: { slug: string }) => (
      <Link href={routes.programme(locale, slug)}>{content.programme(slug).title}</Link>
    ),
    Objective: ({ code }: { code: string }) => (
      <Link href={routes.objective(locale, code)} title={content.objective(code).title}>
        {code}
      </Link>
    ),
    Action: ({ code }: { code: string }) => (
      <Link href={routes.action(locale, code)} title={content.action(code).description}>
        {code}
      </Link>
    ),
    Project: ({ slug }: { slug: string }) => (
      <Link href={routes.project(locale, slug)}>{content.project(slug).title}</Link>
    ),
    Donor: ({ slug }: { slug: string }) => <Link href={routes.donor(locale, slug)}>{donorListName(content.donor(slug))}</Link>,
    ThematicArea: ({ slug }: { slug: string }) => (
      <Link href={routes.area(locale, slug)}>{content.area(slug).title}</Link>
    ),
  };
  return {
    ...links,
    a: ({ href = '', children }: ComponentProps<'a'>) =>
      href.startsWith('/') ? <Link href={`/${locale}${href}`}>{children}</Link> : <a href={href}>{children}</a>,
  };
}
