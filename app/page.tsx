import type { Metadata } from 'next';
import { getT } from '@/lib/i18n';
import { pickLanguage } from '@/lib/inline-scripts';
import { routes } from '@/lib/routes';
import { defaultLocale, localeDirection, localeNames, locales } from '@/lib/site';

export const metadata: Metadata = { title: getT(defaultLocale)('site.name'), robots: { index: false } };

/** "/": the three languages as plain links (the no-JavaScript view), each in its own language. */
export default function LanguageChoice() {
  return (
    <html lang={defaultLocale} dir="ltr">
      <head>
        <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      </head>
      <body className="p-6">
        <main>
          <ul className="space-y-6" data-testid="language-choice">
            {locales.map((l) => {
              const t = getT(l);
              return (
                <li key={l} lang={l} dir={localeDirection(l)}>
                  <h1 className="text-xl font-semibold">{t('site.name')}</h1>
                  <p className="mt-1">
                    <a href={routes.home(l)} hrefLang={l} className="text-lg">{t('root.continue', { language: localeNames[l] })}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </main>
      </body>
    </html>
  );
}
