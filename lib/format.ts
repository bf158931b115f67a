/** "2026-11-23" → "23 November 2026" (UTC, so the build machine's zone cannot shift it). */
export function formatDate(iso: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** 103000 → "103,000". */
export function formatNumber(n: number, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale).format(n);
}
