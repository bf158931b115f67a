import Link from 'next/link';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-brand-50">
      <div className="mx-auto max-w-4xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>
          An independent public-information site. Its facts come only from the public pages named on each
          page; see <Link href={routes.sources(locale)}>all sources</Link>. It is not an official site of the
          Moroccan government or of IOM.
        </p>
        <p>No cookies, no trackers, no third-party requests.</p>
      </div>
    </footer>
  );
}
