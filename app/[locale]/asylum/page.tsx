import { SourceAttribution } from '@/components/evidence/source-attribution';
import { SourceWords } from '@/components/evidence/reported-facts';
import { HelplineCard } from '@/components/help/helpline-card';
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
        {topic.helplines.map((line, i) => <HelplineCard key={line.source} line={line} id={`line-${i + 1}`} textLang={topic.lang} />)}
      </Section>
    </TopicFrame>
  );
}

export const generateMetadata = localeMetadata(routes.asylum);
