import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/iom/contact-card';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.contact(await localeOf(params)));

export default async function ContactPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const contacts = content.contacts();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('header.contact')} />
      <PageTitle>{t('header.contact')}</PageTitle>
      <p>{t('contactPage.intro')}</p>
      {contacts.map((c) => <ContactCard key={c.slug} contact={c} headingId={`contact-${c.slug}`} />)}
      <SourceNote
        sources={[...new Set(contacts.flatMap((c) => content.sourcesOf(c)))]}
        lastChecked={contacts.map((c) => c.lastChecked).sort().at(0) ?? ''}
      />
    </article>
  );
}
