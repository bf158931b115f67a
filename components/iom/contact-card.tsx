import type { Contact } from '@/lib/content';
import { usePage } from '@/components/page-scope';

/** A contact block: address, phones as tel: links, fax, email as a mailto: link. */
export function ContactCard({ contact, headingId }: { contact: Contact; headingId: string }) {
  const { t } = usePage();
  const colon = t('common.colon');
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded border border-slate-300 p-4">
      <h2 id={headingId} className="text-lg font-semibold text-brand-900"><bdi>{contact.name}</bdi></h2>
      <address className="mt-2 not-italic">
        {/* Names and addresses keep their own (Latin) order inside an Arabic page: <bdi> isolates them. */}
        {contact.address.map((line) => <span key={line} className="block"><bdi>{line}</bdi></span>)}
      </address>
      <dl className="mt-3 space-y-1">
        {contact.phones.map((phone) => (
          <div key={phone.e164}>
            <dt className="inline font-semibold">{phone.label}{phone.hours && ` (${phone.hours})`}{colon}</dt>
            {/* Phone numbers read left to right in every language. */}
            <dd className="inline"><a href={`tel:${phone.e164}`} dir="ltr">{phone.display}</a></dd>
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
            <dd className="inline"><a href={`mailto:${contact.email}`}>{contact.email}</a></dd>
          </div>
        )}
      </dl>
    </section>
  );
}
