import Link from '@/components/ui/link';
import { alphabeticalIndex } from '@/lib/catalogue';
import { usePage } from '@/components/page-scope';

/** Every entity of the site, A to Z, with its type and code: search without JavaScript. */
export function AZIndex() {
  const { locale, t } = usePage();
  const groups = alphabeticalIndex(locale);
  return (
    <section aria-labelledby="a-z" className="mt-8">
      <h2 id="a-z" className="text-xl font-semibold text-brand-900">{t('search.azTitle')}</h2>
      <nav aria-label={t('search.azLetters')} className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => <li key={g.letter}><a href={`#letter-${g.letter}`} className="inline-block min-h-6 min-w-6 px-1 text-center">{g.letter}</a></li>)}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.letter} aria-labelledby={`letter-${g.letter}`} className="mt-4">
          <h3 id={`letter-${g.letter}`} className="border-b border-slate-300 font-semibold">{g.letter}</h3>
          <ul className="mt-1 space-y-1" data-testid="a-z-entries">
            {g.entries.map((e) => (
              <li key={e.key}>
                <Link href={e.href}>{e.title}</Link>{' '}
                <span className="text-sm text-slate-700">({e.type}{e.code && <> <bdi>{e.code}</bdi></>})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
