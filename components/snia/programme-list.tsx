import Link from '@/components/ui/link';
import { type Programme } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

export function ProgrammeList({
  programmes,
  headingLevel: Heading = 'h3',
}: {
  programmes: Programme[];
  /** Level of each card's heading, so the outline never skips a level. */
  headingLevel?: 'h2' | 'h3';
}) {
  const { locale, t, c } = usePage();
  return (
    <ol className="grid gap-3 sm:grid-cols-2">
      {programmes.map((p) => (
        <li key={p.slug} className="rounded border border-slate-300 p-3" {...foreignText(p.lang, locale)}>
          <p className="text-sm text-slate-700">{t('common.programme', { number: p.number })}</p>
          <Heading className="font-semibold">
            <Link href={routes.programme(locale, p.slug)}>{p.title}</Link>
          </Heading>
          <p className="mt-1 text-sm">{p.summary}</p>
          <p className="mt-1 text-sm text-slate-700">{t('programmeList.objectiveCount', { count: c.objectivesOf(p).length })}</p>
        </li>
      ))}
    </ol>
  );
}
