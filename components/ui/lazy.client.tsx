'use client';

import dynamic from 'next/dynamic';

/**
 * Controls that exist only when JavaScript runs are loaded after the page has hydrated:
 * bundled into hydration they lengthened its main-thread task by ~100–200 ms on a
 * throttled phone (Lighthouse TBT), for a button nobody needs before then.
 */
export const LazyCopyLinkButton = dynamic(() => import('./copy-link.client').then((m) => m.CopyLinkButton), { ssr: false });
