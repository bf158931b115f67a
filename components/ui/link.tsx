import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. By default every link that scrolls into view fetches its
 * page's data before any click: on a home page that is some twenty requests and ~100 KB the
 * reader never asked for, on metered phone data, and main-thread work while the page is
 * still settling. A click still navigates without a full reload.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
