'use client';

import { useBrowserValue } from '@/lib/use-hydrated';
import { intlLocales, type Locale } from '@/lib/site';

/** Today's date in the reader's browser, in the page's language; without JavaScript, a plain placeholder stays. */
export function AccessDate({ fallback, locale }: { fallback: string; locale: Locale }) {
  const today = () => new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long' }).format(new Date());
  return <span data-testid="access-date">{useBrowserValue(today, fallback)}</span>;
}
