'use client';

import { usePathname } from 'next/navigation';
import { inLocale } from '@/lib/locale-path';
import type { Locale } from '@/lib/site';

export interface LanguageLink {
  locale: Locale;
  name: string;
}

/**
 * Links to the same page in the other languages. The path is read with usePathname, which
 * static export resolves at build time, so the links are plain HTML and work without
 * JavaScript; every page exists in every language, so no link can dead-end.
 */
export function LanguageSwitcher({ label, current, languages }: { label: string; current: Locale; languages: LanguageLink[] }) {
  const pathname = usePathname() ?? `/${current}/`;
  return (
    <nav aria-label={label} data-testid="language-switcher">
      <ul className="flex gap-3 text-sm">
        {languages.map((l) => (
          <li key={l.locale}>
            {l.locale === current ? (
              <span aria-current="true" lang={l.locale} className="font-semibold underline decoration-2 underline-offset-4">{l.name}</span>
            ) : (
              <a href={inLocale(pathname, l.locale)} hrefLang={l.locale} lang={l.locale} className="text-white hover:text-white">{l.name}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
