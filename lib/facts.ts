/**
 * The pages that show reported facts (programmes, IOM projects, subject pages) and the
 * timeline of every dated fact: the facts dataset and the timeline page both read them here.
 */
import { catalogue } from './catalogue';
import { contentIn, type Programme, type Project, type Topic } from './content';
import { pagedType } from './content/entities';
import type { ReportedFact } from './content/schema';
import { getT } from './i18n';
import { routes, topicPath } from './routes';
import type { Locale } from './site';

export interface FactPage {
  doc: Programme | Project | Topic;
  /** "programme:health", "project:y-med", "topic:asylum": as the facts dataset names it. */
  entity: string;
  href: string;
  title: string;
  /** True where the grouping of facts under the page is this site's (programmes). */
  editorial: boolean;
}

const pages = new Map<Locale, FactPage[]>();

/** Every page that shows reported facts, in the language given. */
export function factPages(l: Locale): FactPage[] {
  const cached = pages.get(l);
  if (cached) return cached;
  const c = contentIn(l);
  const t = getT(l);
  const list: FactPage[] = [
    ...c.programmes().map((p) => ({ doc: p, entity: `programme:${p.slug}`, href: routes.programme(l, p.slug), title: t('common.programmeTitled', { number: p.number, title: p.title }), editorial: true })),
    ...c.projects().map((p) => ({ doc: p, entity: `project:${p.slug}`, href: routes.project(l, p.slug), title: p.title, editorial: false })),
    ...c.topics().map((x) => ({ doc: x, entity: `topic:${x.slug}`, href: topicPath(l, x.slug), title: x.title, editorial: false })),
  ];
  pages.set(l, list);
  return list;
}

/** A page that shows sourced evidence: numbered notes, conflicts and, on fact pages, reported facts. */
export interface EvidencePage {
  doc: { reported?: ReportedFact[]; citations: Array<{ about: string; source: string; quote: string }>; conflicts: Array<{ topic: string; sides: Array<{ source: string; quote: string; date?: string }> }> };
  entity: string;
  href: string;
  editorial: boolean;
}

/**
 * Every page that shows evidence: the fact pages, then the other entity pages whose documents
 * carry numbered notes or conflicts (a donor's name expanded from another source).
 */
export function evidencePages(l: Locale): EvidencePage[] {
  const c = contentIn(l);
  const shown = new Set(factPages(l).map((p) => p.entity));
  const others = catalogue(l)
    .filter((e) => pagedType(e.kind).page.item === 'page' && !shown.has(e.key))
    .map((e) => ({ entry: e, doc: c.get(pagedType(e.kind).type, e.id) as unknown as EvidencePage['doc'] }))
    .filter(({ doc }) => doc.citations.length > 0 || doc.conflicts.length > 0)
    .map(({ entry, doc }) => ({ doc, entity: entry.key, href: entry.href, editorial: false }));
  return [...factPages(l), ...others];
}

export interface TimelineEntry {
  fact: ReportedFact & { date: string };
  page: FactPage;
}

/** A date the sources give differently: each side's date and source, drawn as a range. */
export interface DisputedDate {
  /** The conflict's topic (this site's words, in English: conflicts are not translated). */
  topic: string;
  sides: Array<{ date: string; source: string }>;
  from: string;
  to: string;
  page: FactPage;
}

/** Code-point order: "2013" < "2013-10" < "2013-10-09" < "2014" (a collator may ignore the hyphens). */
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every conflict in which at least two sides give a date, earliest first. */
export function disputedDates(l: Locale): DisputedDate[] {
  return factPages(l).flatMap((page) => page.doc.conflicts.flatMap((conflict) => {
    const sides = conflict.sides.flatMap((s) => (s.date ? [{ date: s.date, source: s.source }] : []));
    if (sides.length < 2) return [];
    const dates = sides.map((s) => s.date).sort(byDate);
    return [{ topic: conflict.topic, sides, from: dates[0]!, to: dates.at(-1)!, page }];
  })).sort((a, b) => byDate(a.from, b.from));
}

/** Every dated reported fact, oldest first (same date: in page order), with the page it stands on. */
export function timeline(l: Locale): TimelineEntry[] {
  return factPages(l)
    .flatMap((page) => page.doc.reported.flatMap((fact) => (fact.date ? [{ fact: { ...fact, date: fact.date }, page }] : [])))
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => byDate(a.entry.fact.date, b.entry.fact.date) || a.order - b.order)
    .map(({ entry }) => entry);
}
