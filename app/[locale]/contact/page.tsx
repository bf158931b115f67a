import { ContactCard } from '@/components/iom/contact-card';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function ContactPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const contacts = c.contacts();
  return (
    <PageFrame path={routes.contact(locale)}
      current={t('header.contact')} title={t('header.contact')}
      sources={{
        sources: [...new Set(contacts.flatMap((x) => c.sourcesOf(x)))],
        lastChecked: contacts.map((x) => x.lastChecked).sort().at(0) ?? '',
      }}
    >
      <p>{t('contactPage.intro')}</p>
      {contacts.map((x) => <ContactCard key={x.slug} contact={x} headingId={`contact-${x.slug}`} />)}
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.contact);
