import type { ReactNode } from 'react';
import { listParts } from '@/lib/i18n';
import { usePageLocale } from '@/components/page-scope';

/**
 * A list joined as the page's language joins it ("A, B and C"; in Arabic "A و B"), each item
 * in its own <bdi>: a Latin name inside Arabic text keeps its letters and punctuation in
 * place, and the conjunction stays outside it. `render` draws an item (a link), by default its text.
 */
export function IsolatedList({ items, render }: { items: string[]; render?: (item: string, index: number) => ReactNode }) {
  const locale = usePageLocale();
  let index = 0;
  return (
    <>
      {listParts(items, locale).map((part, i) => {
        if (part.type === 'literal') return part.value;
        const at = index++;
        return <bdi key={i} data-list-item="">{render ? render(items[at]!, at) : part.value}</bdi>;
      })}
    </>
  );
}
