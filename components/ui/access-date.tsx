import type { LongDatePattern } from '@/lib/i18n/long-date';
import { accessDateScript } from '@/lib/inline-scripts';

/**
 * Today's date in the reader's browser, in the page's language: <AccessDateScript />, written
 * after the text that holds it, writes it from the pattern; without JavaScript, the plain
 * placeholder stays. After the text, not inside it: a script element's code is part of its
 * parent's text, which a citation is read and copied as.
 */
export function AccessDate({ fallback, pattern }: { fallback: string; pattern: LongDatePattern }) {
  return <span data-testid="access-date" data-long-date={JSON.stringify(pattern)}>{fallback}</span>;
}

/** Fills every access date on the page not yet filled (accessDateScript is idempotent). */
export function AccessDateScript() {
  return <script dangerouslySetInnerHTML={{ __html: accessDateScript }} />;
}
