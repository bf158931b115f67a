import Link from '@/components/ui/link';
import { alphabeticalIndex, codeIndex, indexName } from '@/lib/catalogue';
import { foreignText } from '@/lib/i18n';
import { usePage } from '@/components/page-scope';

/**
 * Search without JavaScript: the strategy's codes in order (OSP 1–27, every action), then
 * every entity of the site A to Z by its name in the page's language — an organisation by its
 * usual name, with the source's name beside it — with its type and code.
 */
export function AZIndex() {
  const { locale, t } = usePage();
  const groups = alphabeticalIndex(locale);
  const coded = codeIndex(locale);
  const letterLink = 'inline-block min-h-6 min-w-6 px-1 text-center';
  return (
    <section aria-labelledby="a-z" className="mt-8">
      <h2 id="a-z" className="text-xl font-semibold text-brand-900">{t('search.azTitle')}</h2>
      <nav aria-label={t('search.azLetters')} className="mt-2">
        <ul className="flex flex-wrap gap-2">
          <li><a href="#codes" className={letterLink}>{t('search.azCodes')}</a></li>
          {groups.map((g) => <li key={g.letter}><a href={`#letter-${g.letter}`} className={letterLink}>{g.letter}</a></li>)}
        </ul>
      </nav>
      <section aria-labelledby="codes" className="mt-4">
        <h3 id="codes" className="border-b border-slate-300 font-semibold">{t('search.azCodes')}</h3>
        <ul className="mt-1 space-y-1" data-testid="a-z-codes">
          {coded.map((e) => (
            <li key={e.key}>
              <Link href={e.href}><bdi>{e.type} {e.code}</bdi></Link>{t('common.colon')}{e.title}
            </li>
          ))}
        </ul>
      </section>
      {groups.map((g) => (
        <section key={g.letter} aria-labelledby={`letter-${g.letter}`} className="mt-4">
          <h3 id={`letter-${g.letter}`} className="border-b border-slate-300 font-semibold">{g.letter}</h3>
          <ul className="mt-1 space-y-1" data-testid="a-z-entries">
            {g.entries.map((e) => (
              <li key={e.key}>
                <Link href={e.href}>{indexName(e)}</Link>
                {e.usualName && <> — <span {...foreignText('en', locale)}>{e.title}</span></>}{' '}
                <span className="text-sm text-slate-700">({e.type}{e.code && <> <bdi>{e.code}</bdi></>})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
