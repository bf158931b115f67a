import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. By default every link that comes into view fetches its
 * page's data: on the home page at phone size, before any scroll or click, 25 requests and
 * ~75 KB the reader never asked for, on metered phone data. A click still navigates
 * without a full reload.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
