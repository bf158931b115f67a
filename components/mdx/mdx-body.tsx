import type { Element } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { checkedBodyTree } from '@/lib/content/body';
import { mdxComponents } from './mdx-components';
import { usePage } from '@/components/page-scope';

/**
 * A checked link component (`<Action code="2.1" />`) as a plain element named after it, with
 * its literal props: the component map then renders it. Left as an MDX node, it would be
 * treated as a JavaScript reference to evaluate, which this renderer never does.
 */
function linkComponentElement(_state: unknown, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'span', properties, children: [] };
}

/**
 * Renders a document's body at build time (server component; no client JS) from its checked
 * syntax tree: Markdown becomes HTML elements, the site's link components become links.
 * Nothing in a body is compiled or evaluated (lib/content/body.ts); raw HTML cannot occur
 * in the tree, and toHast would drop it if it did.
 */
export function MdxBody({ body }: { body: string }) {
  const { locale } = usePage();
  const html = toHast(checkedBodyTree(body), { handlers: { mdxJsxFlowElement: linkComponentElement, mdxJsxTextElement: linkComponentElement } });
  return (
    <div className="prose prose-slate max-w-none prose-a:text-brand-700 prose-headings:text-brand-900 wrap-anywhere">
      {toJsxRuntime(html, { Fragment, jsx, jsxs, components: mdxComponents(locale) })}
    </div>
  );
}
