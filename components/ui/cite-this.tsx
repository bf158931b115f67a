import type { ReactNode } from 'react';
import type { Source } from '@/lib/content';
import { foreignText, getLongDatePattern, listParts } from '@/lib/i18n';
import { absoluteUrl, localeDirection, type Locale } from '@/lib/site';
import { AccessDate, AccessDateScript } from './access-date';
import { CopyLinkButton } from './copy-link';
import { PreviewMarker } from './preview-marker';
import { UrlText } from './url';
import { usePage } from '@/components/page-scope';

/**
 * One piece of a citation: plain text in the page's language, or a fragment to isolate
 * (a title in another language, a name, an address), or the reader's access date.
 */
type Piece = string | { isolate: string; lang?: string; dir?: 'ltr' | 'rtl'; url?: true } | { accessDate: true };

/**
 * Past this many sources (the timeline names 68) a citation refers to the page's own source
 * note rather than repeat it: a list that long is no citation a reader copies, and it put the
 * timeline past its HTML budget.
 */
const MAX_LISTED_SOURCES = 20;

/** Unicode's first-strong isolate and its pop: the plain-text form of <bdi>, for the copied citation. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The citation as pieces, once, so the block a reader sees and the text the copy button
 * copies cannot drift apart. The author is this site (its pages are its own compilation, not
 * pages the ministry or IOM published); then the page's title, its funders where it has them,
 * its absolute permalink and the access date; then the pages the facts come from, as its
 * sources, with their addresses.
 */
function citationPieces({ locale, t, title, titleLang, sources, funders, path }: {
  locale: Locale;
  t: ReturnType<typeof usePage>['t'];
  title: string;
  titleLang?: string;
  sources: Source[];
  funders: string[];
  path: string;
}): Piece[] {
  const english = foreignText('en', locale);
  const [beforeTitle, afterTitle] = t('cite.quoted', { title: '\u0000' }).split('\u0000') as [string, string];
  const pieces: Piece[] = [{ isolate: t('site.name') }, `. ${beforeTitle}`, { isolate: title, ...(titleLang ? foreignText(titleLang, locale) : {}) }, `${afterTitle}.`];
  if (funders.length > 0) {
    const [beforeNames] = t.markup('cite.fundedBy', { funders: '\u0000', names: (chunks) => chunks }).split('\u0000') as [string];
    pieces.push(` ${beforeNames}`);
    for (const part of listParts(funders, locale)) pieces.push(part.type === 'element' ? { isolate: part.value } : part.value);
    pieces.push('.');
  }
  pieces.push(' ', { isolate: absoluteUrl(path), dir: 'ltr', url: true }, `. ${t('cite.accessed')} `, { accessDate: true }, `. ${t('cite.sources')}${t('common.colon')}`);
  if (sources.length > MAX_LISTED_SOURCES) pieces.push(t('cite.sourcesOnPage', { count: sources.length }));
  else {
    sources.forEach((s, i) => {
      pieces.push(...(i > 0 ? ['; '] : []), { isolate: t('cite.sourceItem', { publisher: s.publisher, title: s.title }), ...english }, ', ', { isolate: s.url, dir: 'ltr', url: true });
    });
  }
  pieces.push('.');
  return pieces;
}

/** The citation as plain text for the clipboard: isolates as FSI…PDI in right-to-left pages, the access date left for the reader to fill in. */
function citationText(pieces: Piece[], locale: Locale, dateFallback: string): string {
  const rtl = localeDirection(locale) === 'rtl';
  return pieces.map((p) => {
    if (typeof p === 'string') return p;
    if ('accessDate' in p) return dateFallback;
    return rtl ? `${FSI}${p.isolate}${PDI}` : p.isolate;
  }).join('');
}

function render(piece: Piece, i: number, accessDate: ReactNode): ReactNode {
  if (typeof piece === 'string') return piece;
  if ('accessDate' in piece) return <span key={i}>{accessDate}</span>;
  const { isolate, url, ...attributes } = piece;
  // A source's title may be one long token ("[maghress.com/fr/aujourdhui/301955]"): it breaks only where it cannot fit.
  return url ? <UrlText key={i} url={isolate} /> : <bdi key={i} {...attributes} className="wrap-anywhere">{isolate}</bdi>;
}

/**
 * A ready-to-copy citation of the page, with a copy button once JavaScript runs (the same
 * button as the permalinks'). The shared page frame draws it on every page that has
 * sources; the home page draws it itself.
 */
export function CiteThis({ title, titleLang, sources, funders = [], path }: {
  title: string;
  /** Language of the title, where it is not the page's (an English title on an Arabic page). */
  titleLang?: string;
  sources: Source[];
  funders?: string[];
  path: string;
}) {
  const { locale, t } = usePage();
  const pieces = citationPieces({ locale, t, title, titleLang, sources, funders, path });
  const fallback = t('cite.accessDateFallback');
  const copyText = {
    button: t('cite.copy'), target: t('cite.copyTarget'), copied: t('cite.copied'), failed: t('cite.copyFailed'),
  };
  return (
    <section aria-labelledby="cite-heading" className="mt-8 rounded border border-brand-700 p-4" data-testid="cite-this">
      <h2 id="cite-heading" className="font-semibold text-brand-900">{t('cite.title')}</h2>
      <p className="mt-2 text-sm" data-testid="citation">
        {pieces.map((p, i) => render(p, i, <AccessDate pattern={getLongDatePattern(locale)} fallback={fallback} />))}
        <PreviewMarker />
      </p>
      <AccessDateScript />
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <CopyLinkButton url={citationText(pieces, locale, fallback)} text={copyText} />
      </p>
    </section>
  );
}
