import type { ReactNode } from 'react';
import { DataLinks } from '@/components/data/data-links';
import { usePage } from '@/components/page-scope';
import { Breadcrumbs, type Crumb } from '@/components/ui/breadcrumbs';
import { CiteThis } from '@/components/ui/cite-this';
import { Evidence, type EvidenceOf } from '@/components/ui/evidence';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import type { Source } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import type { DatasetName } from '@/lib/open-data/datasets';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** The site's sections a breadcrumb trail passes through, by name. */
const sections = {
  iom: { label: 'header.iom', href: routes.iom },
  programmes: { label: 'header.programmes', href: routes.programmes },
  objectives: { label: 'header.objectives', href: routes.objectives },
  actions: { label: 'header.actions', href: routes.actions },
  donors: { label: 'iomPage.donors', href: routes.donors },
  projects: { label: 'areaPage.projects', href: routes.projects },
} as const;

export interface FrameProps {
  /** The page's own address (routes.…(locale)): the permalink its citation gives. */
  path: string;
  /** What the citation calls the page, if not `current` (a project's full title, not its code name); and who funds what it is about. */
  citeTitle?: string;
  funders?: string[];
  /** The breadcrumb trail after Home (a section by name, or any page), and the current page's label. */
  trail?: Array<keyof typeof sections | Crumb>;
  current: string;
  kicker?: string;
  title: ReactNode;
  /** The page a reader means by a topic word (a programme, a subject page, the IOM overview): its title weighs more in search. */
  hub?: boolean;
  /** What follows the title directly (a summary, the official wording, the body). */
  lead?: ReactNode;
  /**
   * Language of the page's own text. Set, a notice says when it is an English fallback;
   * `foreign` marks the text's lang/dir on a block holding the title and the lead, or on the
   * title alone.
   */
  textLang?: Locale;
  foreign?: 'block' | 'title';
  /** The page's body, between the title and the open-data links. */
  children?: ReactNode;
  /** The open data the page's facts are in: a dataset, and a record of it. */
  dataset?: DatasetName;
  record?: string;
  evidence?: EvidenceOf;
  /** The sources the page's "Source" note names, and the date they were last checked, */
  sources?: { sources: Source[]; lastChecked: string };
  /** or the document whose sources and check date they are, */
  source?: { sources: string[]; lastChecked: string };
  /**
   * or the documents a list page shows: each one's main source (the one its listed wording
   * comes from) and the oldest check among them (ContentIndex.listProvenance).
   */
  listOf?: Array<{ sources: string[]; lastChecked: string }>;
}

/**
 * The frame every content page shares, written once: the article Pagefind indexes, the
 * breadcrumbs from Home, the translation notice, the title, then the body, the citation
 * (on every page with sources: every page that states a fact can be cited), the open-data
 * links, the notes from other sources and the source note.
 */
export function PageFrame({ head, beforeData, ...props }: FrameProps & { head?: ReactNode; beforeData?: ReactNode }) {
  const { locale, t, c } = usePage();
  const { path, citeTitle, funders, trail = [], current, kicker, title, hub, lead, textLang, foreign, children, dataset, record, evidence, source, listOf } = props;
  const sources = props.sources ?? (source && { sources: c.sourcesOf(source), lastChecked: source.lastChecked }) ?? (listOf && c.listProvenance(listOf));
  const lang = textLang ? foreignText(textLang, locale) : {};
  return (
    <article data-pagefind-body>
      {head ?? null}
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, ...trail.map((crumb) => typeof crumb === 'string' ? { label: t(sections[crumb].label), href: sections[crumb].href(locale) } : crumb)]}
        current={current}
      />
      {textLang ? <TranslationNotice textLang={textLang} /> : null}
      {foreign === 'block' ? (
        <div {...lang}>
          <PageTitle kicker={kicker} hub={hub}>{title}</PageTitle>
          {lead ?? null}
        </div>
      ) : (
        <>
          <PageTitle kicker={kicker} hub={hub}>{foreign === 'title' ? <span {...lang}>{title}</span> : title}</PageTitle>
          {lead ?? null}
        </>
      )}
      {children}
      {sources ? (
        <CiteThis
          title={citeTitle ?? current} titleLang={textLang && foreign ? textLang : undefined}
          sources={sources.sources} funders={funders} path={path}
        />
      ) : null}
      {beforeData ?? null}
      {dataset ? <DataLinks dataset={dataset} record={record} /> : null}
      {evidence ? <Evidence doc={evidence} /> : null}
      {sources ? <SourceNote sources={sources.sources} lastChecked={sources.lastChecked} /> : null}
    </article>
  );
}
