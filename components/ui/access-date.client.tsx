'use client';

import { useBrowserValue } from '@/lib/use-hydrated';

const today = () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());

/** Today's date in the reader's browser; without JavaScript, a plain placeholder stays. */
export function AccessDate({ fallback }: { fallback: string }) {
  return <span data-testid="access-date">{useBrowserValue(today, fallback)}</span>;
}
