'use client';

import { formatLongDate, type LongDatePattern } from '@/lib/i18n/long-date';
import { useBrowserValue } from '@/lib/use-hydrated';

/** Today's date in the reader's browser, in the page's language; without JavaScript, a plain placeholder stays. */
export function AccessDate({ fallback, pattern }: { fallback: string; pattern: LongDatePattern }) {
  return <span data-testid="access-date">{useBrowserValue(() => formatLongDate(pattern, new Date()), fallback)}</span>;
}
