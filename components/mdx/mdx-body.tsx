import { useMDXComponent } from 'next-contentlayer2/hooks';
import type { Locale } from '@/lib/site';
import { mdxComponents } from './mdx-components';

/** Renders a document's MDX body at build time (server component; no client JS). */
export function MdxBody({ code, locale }: { code: string; locale: Locale }) {
  const Body = useMDXComponent(code);
  return (
    <div className="prose prose-slate max-w-none prose-a:text-brand-700 prose-headings:text-brand-900">
      {/* A server component rendered once at build: no state exists for re-creation to reset. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Body components={mdxComponents(locale)} />
    </div>
  );
}
