import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LocaleShell } from '@/components/layout/locale-shell';
import { setPageLocale } from '@/components/page-scope';
import { getT } from '@/lib/i18n';
import { isLocale, locales, siteUrl } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const siteName = getT(isLocale(locale) ? locale : 'en')('site.name');
  return { metadataBase: new URL(siteUrl), title: { template: `%s · ${siteName}`, default: siteName } };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setPageLocale(locale);
  return <LocaleShell locale={locale}>{children}</LocaleShell>;
}
