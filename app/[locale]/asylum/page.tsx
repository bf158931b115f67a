import { SourceAttribution } from '@/components/evidence/source-attribution';
import { SourceWords } from '@/components/evidence/reported-facts';
import { TopicFrame } from '@/components/layout/topic-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import { content } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

/**
 * The asylum path in plain steps (content/topics/asylum.mdx `reported`, in order), each with
 * UNHCR's own words, and the lines to call with click-to-call links: every number shown as the
 * source writes it, dialling the same digits (checked at build).
 */
export default async function AsylumPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const topic = c.topic('asylum');
  const text = foreignText(topic.lang, locale);
  const english = foreignText('en', locale);
  return (
    <TopicFrame topic={topic} label={t('pages.asylum.label')} kicker={t('asylumPage.kicker')}>
      <Section id="steps" title={t('asylumPage.steps')}>
        <p className="mb-3 text-sm text-slate-700">{t('asylumPage.stepsIntro')}</p>
        <ol className="list-decimal space-y-4 ps-6">
          {topic.reported.map((step) => {
            const source = content.source(step.source);
            return (
              <li key={step.quotes[0]} data-testid="asylum-step">
                <p {...text}>{step.statement}</p>
                <p className="mt-1 text-sm text-slate-700" data-testid="source-words">
                  <SourceWords quotes={step.quotes} source={source} /> — <SourceAttribution source={source} />
                </p>
              </li>
            );
          })}
        </ol>
      </Section>
      <Section id="lines" title={t('asylumPage.lines')}>
        <p className="mb-3 text-sm text-slate-700">{t('asylumPage.linesIntro')}</p>
        {topic.helplines.map((line, i) => {
          const source = content.source(line.source);
          return (
            <section key={line.source} aria-labelledby={`line-${i + 1}`} className="mt-4 rounded border border-slate-300 p-4" data-testid="helpline">
              <h3 id={`line-${i + 1}`} className="font-semibold" {...text}>{line.name}</h3>
              <ul className="mt-2 space-y-1">
                {line.phones.map((phone) => (
                  <li key={phone.e164}>
                    <bdi {...english}>{phone.label}{phone.hours ? ` (${phone.hours})` : ''}</bdi>{t('common.colon')}
                    <a href={`tel:${phone.e164}`} dir="ltr" className="font-semibold underline" aria-label={t('asylumPage.call', { number: phone.display })}>{phone.display}</a>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-slate-700" data-testid="source-words">
                {line.details.length > 0 && <><SourceWords quotes={line.details} source={source} /> — </>}
                <SourceAttribution source={source} />
              </p>
            </section>
          );
        })}
      </Section>
    </TopicFrame>
  );
}

export const generateMetadata = localeMetadata(routes.asylum);
