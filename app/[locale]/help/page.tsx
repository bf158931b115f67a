import { SourceAttribution } from '@/components/evidence/source-attribution';
import { HelplineCard } from '@/components/help/helpline-card';
import { ContactCard } from '@/components/iom/contact-card';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import Link from '@/components/ui/link';
import { Section } from '@/components/ui/page-title';
import { content } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

/**
 * Help for migrants in one place, all derived: the ministry's help line (the contact phone
 * marked `helpLine`), the services migrants use (the programmes with facts marked `forYou`),
 * UNHCR's lines (the asylum page's `helplines`) and the offices (the contacts). No number is
 * stored here: each is shown with the source that gives it.
 */
export default async function HelpPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const contacts = c.contacts();
  const helpLines = contacts.flatMap((contact) => contact.phones.filter((p) => p.helpLine).map((phone) => ({ contact, phone })));
  const services = c.programmes().filter((p) => p.reported.some((f) => f.forYou));
  const asylum = c.topic('asylum');
  const colon = t('common.colon');
  return (
    <PageFrame path={routes.help(locale)}
      current={t('pages.help.label')} title={t('helpPage.title')}
      // Every source of every contact, not only each one's main source: the page shows their
      // numbers and hours, which the later sources give (the help line's hours).
      sources={c.listProvenance([
        ...contacts.flatMap((contact) => contact.sources.map((id) => ({ sources: [id], lastChecked: contact.lastChecked }))),
        ...asylum.helplines.map((line) => ({ sources: [line.source], lastChecked: asylum.lastChecked })),
      ])}
    >
      <p>{t('helpPage.intro')}</p>
      <Section id="help-line" title={t('helpPage.helpLine')}>
        {helpLines.map(({ contact, phone }) => (
          <div key={phone.e164} className="rounded border-s-4 border-accent-700 bg-brand-50 p-4" data-testid="help-line">
            <p className="font-semibold"><bdi>{contact.name}</bdi></p>
            <p className="mt-1">
              {phone.label}{colon}
              <a href={`tel:${phone.e164}`} dir="ltr" className="inline-block min-h-11 py-2 text-2xl font-bold underline" aria-label={t('asylumPage.call', { number: phone.display })}>{phone.display}</a>
            </p>
            {phone.hours && <p>{t('helpPage.hours', { hours: phone.hours })}</p>}
            <p className="mt-2 text-sm text-slate-700">{t('reported.source')}{colon}<SourceAttribution source={content.source(contact.sources[0]!)} /></p>
          </div>
        ))}
      </Section>
      <Section id="services" title={t('helpPage.services')}>
        <p className="mb-3 text-sm text-slate-700">{t('helpPage.servicesIntro')}</p>
        <ul className="space-y-2" data-testid="help-services">
          {services.map((p) => (
            <li key={p.slug}>
              <Link href={routes.programme(locale, p.slug)} className="inline-block min-h-6 py-1 font-semibold">
                <span {...foreignText(p.lang, locale)}>{t('common.programmeTitled', { number: p.number, title: p.title })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="asylum" title={t('helpPage.asylum')}>
        <p>
          {t('helpPage.asylumIntro')}{' '}
          <Link href={routes.asylum(locale)} className="font-semibold"><span {...foreignText(asylum.lang, locale)}>{asylum.title}</span></Link>
        </p>
        {asylum.helplines.map((line, i) => <HelplineCard key={line.source} line={line} id={`help-line-${i + 1}`} textLang={asylum.lang} />)}
      </Section>
      <Section id="offices" title={t('helpPage.offices')}>
        <p className="text-sm text-slate-700">{t('contactPage.intro')}</p>
        {contacts.map((x) => <ContactCard key={x.slug} contact={x} headingId={`office-${x.slug}`} level={3} />)}
      </Section>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.help);
