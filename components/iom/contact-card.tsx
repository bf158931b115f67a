import { SourceAttribution } from '@/components/evidence/source-attribution';
import type { Contact } from '@/lib/content';
import { content } from '@/lib/content';
import { usePage } from '@/components/page-scope';

/**
 * A contact block: address, phones as tel: links, fax, email as a mailto: link, and the
 * sources that give them. Every label around the office's name is interface text, so it is in
 * the reader's language (the name and address are the content's).
 */
export function ContactCard({ contact, headingId, level = 2 }: { contact: Contact; headingId: string; level?: 2 | 3 }) {
  const { t } = usePage();
  const colon = t('common.colon');
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded border border-slate-300 p-4" data-testid="contact-card">
      <Heading id={headingId} className="text-lg font-semibold text-brand-900"><bdi>{contact.name}</bdi></Heading>
      <p className="mt-2 text-sm font-semibold">{t('contact.address')}</p>
      <address className="not-italic">
        {/* Names and addresses keep their own (Latin) order inside an Arabic page: <bdi> isolates them. */}
        {contact.address.map((line) => <span key={line} className="block"><bdi>{line}</bdi></span>)}
      </address>
      <dl className="mt-3 space-y-1">
        {contact.phones.map((phone) => (
          <div key={phone.e164}>
            <dt className="inline font-semibold">{phone.label}{phone.hours && ` (${phone.hours})`}{colon}</dt>
            {/* Phone numbers read left to right in every language. */}
            <dd className="inline"><a href={`tel:${phone.e164}`} dir="ltr" className="inline-block min-h-6 py-0.5">{phone.display}</a></dd>
          </div>
        ))}
        {contact.fax && (
          <div>
            <dt className="inline font-semibold">{t('contact.fax')}{colon}</dt>
            <dd className="inline" dir="ltr">{contact.fax.display}</dd>
          </div>
        )}
        {contact.email && (
          <div>
            <dt className="inline font-semibold">{t('contact.email')}{colon}</dt>
            <dd className="inline"><a href={`mailto:${contact.email}`} className="inline-block min-h-6 py-0.5">{contact.email}</a></dd>
          </div>
        )}
      </dl>
      <ul className="mt-3 space-y-1 text-sm text-slate-700" data-testid="contact-sources">
        {contact.sources.map((id) => (
          <li key={id}>{t('reported.source')}{colon}<SourceAttribution source={content.source(id)} /></li>
        ))}
      </ul>
    </section>
  );
}
