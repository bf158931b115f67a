import { SourceAttribution } from '@/components/evidence/source-attribution';
import { SourceWords } from '@/components/evidence/reported-facts';
import { usePage } from '@/components/page-scope';
import { content, type Topic } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import type { Locale } from '@/lib/site';

/**
 * One line to call from a subject page's `helplines` (the asylum page and the help page show
 * the same entries): its numbers as click-to-call links, every number shown as the source
 * writes it and dialling the same digits (checked at build), then its hours and address in the
 * source's words and the source.
 */
export function HelplineCard({ line, id, textLang }: { line: Topic['helplines'][number]; id: string; textLang: Locale }) {
  const { locale, t } = usePage();
  const source = content.source(line.source);
  const english = foreignText('en', locale);
  return (
    <section aria-labelledby={id} className="mt-4 rounded border border-slate-300 p-4" data-testid="helpline">
      <h3 id={id} className="font-semibold" {...foreignText(textLang, locale)}>{line.name}</h3>
      <ul className="mt-2 space-y-1">
        {line.phones.map((phone) => (
          <li key={phone.e164}>
            <bdi {...english}>{phone.label}{phone.hours ? ` (${phone.hours})` : ''}</bdi>{t('common.colon')}
            <a href={`tel:${phone.e164}`} dir="ltr" className="inline-block min-h-6 py-0.5 font-semibold underline" aria-label={t('asylumPage.call', { number: phone.display })}>{phone.display}</a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700" data-testid="source-words">
        {line.details.length > 0 && <><SourceWords quotes={line.details} source={source} /> — </>}
        <SourceAttribution source={source} />
      </p>
    </section>
  );
}
