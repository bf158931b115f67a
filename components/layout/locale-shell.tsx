import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { getT } from '@/lib/i18n';
import { localeDirection, type Locale } from '@/lib/site';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/**
 * Arabic text needs a font that has it: Noto Naskh Arabic, served from this site so no
 * request goes to another host. The files are cut down to Modern Standard Arabic
 * (lib/fonts/arabic-subset.ts, `npm run fonts:arabic`): 12 KB per weight instead of 52.
 * Only Arabic pages use it; preload is off so English and French pages never download it.
 */
const naskh = localFont({
  src: [
    { path: './fonts/noto-naskh-arabic-msa-400.woff2', weight: '400' },
    { path: './fonts/noto-naskh-arabic-msa-700.woff2', weight: '700' },
  ],
  variable: '--font-arabic',
  // optional, not swap: a face that arrives late is kept for the next page instead of
  // re-flowing this one (Naskh's metrics differ from the system Arabic face: swapping moved
  // the text, CLS 0.32 on the Arabic home). On a slow connection the first page reads in
  // the phone's own Arabic face; later pages, from cache, in Naskh.
  display: 'optional',
  preload: false,
  // The metric-matched fallback next/font builds is Latin (Arial): no use for Arabic text.
  adjustFontFallback: false,
});

/**
 * The document shell for one language: lang and dir on <html>, the header, main and footer.
 * The shell takes its language as a prop, not from the request scope: the 404 page renders
 * it in English, and Next renders that page's element inside every page's tree (its
 * not-found boundary), so a request locale set there would leak into the page's shell.
 */
export function LocaleShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale} dir={localeDirection(locale)} className={locale === 'ar' ? naskh.variable : undefined}>
      <body className="flex min-h-screen flex-col">
        <SkipLink label={getT(locale)('skipLink')} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}

