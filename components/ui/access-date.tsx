import type { LongDatePattern } from '@/lib/i18n/long-date';
import { accessDateScript } from '@/lib/inline-scripts';

/**
 * Today's date in the reader's browser, in the page's language: accessDateScript (written
 * right after it) writes it from the pattern; without JavaScript, the plain placeholder stays.
 */
export function AccessDate({ fallback, pattern }: { fallback: string; pattern: LongDatePattern }) {
  return (
    <>
      <span data-testid="access-date" data-long-date={JSON.stringify(pattern)}>{fallback}</span>
      <script dangerouslySetInnerHTML={{ __html: accessDateScript }} />
    </>
  );
}
