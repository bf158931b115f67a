import type { Metadata } from 'next';
import { routes } from '@/lib/routes';
import { defaultLocale, siteName } from '@/lib/site';

export const metadata: Metadata = { title: siteName, robots: { index: false } };

/**
 * "/" sends readers to the English home. A static export has no server redirect, and
 * next/navigation's redirect() needs JavaScript, so this is a meta refresh plus a link.
 */
export default function RootRedirect() {
  const target = routes.home(defaultLocale);
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
      </head>
      <body className="p-6">
        <main>
          <h1 className="text-xl font-semibold">{siteName}</h1>
          <p className="mt-2">
            <a href={target}>Continue to the site in English</a>
          </p>
        </main>
      </body>
    </html>
  );
}
