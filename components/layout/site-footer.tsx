import Link from '@/components/ui/link';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <footer className="mt-12 border-t border-slate-300 bg-brand-50">
      <div className="mx-auto max-w-4xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>
          {t.rich('footer.independent', { sources: (chunks) => <Link href={routes.sources(locale)}>{chunks}</Link> })}
        </p>
        {locale !== 'en' && <p>{t('footer.translation')}</p>}
        <p>{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
