/**
 * The one MDX component map. Cross-links in content go through these components, which
 * resolve through the content index; the loader has already checked every id they name.
 */
import Link from '@/components/ui/link';
import { contentIn } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function mdxComponents(locale: Locale) {
  const content = contentIn(locale);
  return {
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
    Donor: ({ slug }: { slug: string }) => <Link href={routes.donor(locale, slug)}>{content.donor(slug).name}</Link>,
    ThematicArea: ({ slug }: { slug: string }) => (
      <Link href={routes.area(locale, slug)}>{content.area(slug).title}</Link>
    ),
  };
}
