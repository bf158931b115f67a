import type { Metadata } from 'next';
import { ContactCard } from '@/components/iom/contact-card';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.contact(await localeOf(params)));

export default async function ContactPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const contacts = content.contacts();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Contact" />
      <PageTitle>Contact</PageTitle>
      <p>This site is for information only. To ask for help or information, contact these offices directly.</p>
      {contacts.map((c) => <ContactCard key={c.slug} contact={c} headingId={`contact-${c.slug}`} />)}
      <SourceNote
        sources={[...new Set(contacts.flatMap((c) => content.sourcesOf(c)))]}
        lastChecked={contacts.map((c) => c.lastChecked).sort().at(0) ?? ''}
      />
    </article>
  );
}
