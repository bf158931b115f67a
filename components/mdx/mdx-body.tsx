import { useMDXComponent } from 'next-contentlayer2/hooks';
import type { Locale } from '@/lib/site';
import { mdxComponents } from './mdx-components';

/** Renders a document's MDX body at build time (server component; no client JS). */
export function MdxBody({ code, locale }: { code: string; locale: Locale }) {
  const Body = useMDXComponent(code);
  return (
    <div className="prose prose-slate max-w-none prose-a:text-brand-700 prose-headings:text-brand-900">
      <Body components={mdxComponents(locale)} />
    </div>
  );
}
