'use client';

import { lazy, Suspense } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import type { CopyLinkText } from './copy-link.client';

/**
 * Controls that exist only when JavaScript runs are loaded after the page has hydrated:
 * bundled into hydration they lengthened its main-thread task by ~100–200 ms on a
 * throttled phone (Lighthouse TBT), for a button nobody needs before then. React.lazy
 * rather than next/dynamic: the same deferred chunk without next/dynamic's ~1.5 KB loader.
 */
const CopyLinkButton = lazy(() => import('./copy-link.client').then((m) => ({ default: m.CopyLinkButton })));

export function LazyCopyLinkButton(props: { url: string; text: CopyLinkText }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <CopyLinkButton {...props} />
    </Suspense>
  );
}
