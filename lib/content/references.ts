/**
 * Step 2 of loading: every cross-reference and every structural rule of the strategy.
 * Runs on parsed collections; reports all problems at once, naming file and field.
 */
import { actionProgrammeNumber, objectiveCode, objectiveNumber } from '../codes';
import { IssueList } from './errors';
import { lineNote, parseBody } from './body';
import {
  bodyComponentKinds, documentsOf, documentTypeNames, entityTable, factDocuments, idOf, pagedType, referencedIds, referencedType, referenceFields,
  typeLabel, type DocumentTypeName,
} from './entities';
import type { ContentCollections, DocumentBase } from './model';
import { entityPaths, generalPaths } from '../routes';
import { locales } from '../site';

/** A problem another document's change can answer (ContentIssue.elsewhere). */
const ELSEWHERE = { elsewhere: true };

function checkSequence(
  numbers: Array<{ n: number; file: string; field: string }>,
  expectedCount: number,
  what: (n: number) => string,
  fallbackFile: string,
  issues: IssueList,
): void {
  const present = new Set(numbers.map((x) => x.n));
  for (const x of numbers) {
    if (x.n > expectedCount) issues.add(x.file, x.field, `${what(x.n)} is outside 1–${expectedCount} (the strategy's total)`, ELSEWHERE);
  }
  for (let n = 1; n <= expectedCount; n += 1) {
    if (!present.has(n)) issues.add(fallbackFile, 'totals', `${what(n)} is missing: the strategy declares ${expectedCount}`, ELSEWHERE);
  }
}

/** The ids of every type that has them. */
export function idsByType(c: ContentCollections): Map<DocumentTypeName, Set<string>> {
  return new Map(documentTypeNames.filter((t) => 'id' in entityTable[t])
    .map((t) => [t, new Set(documentsOf(c, t).map((d) => idOf(t, d)))]));
}

/** Every reference field of the table names an existing document of its kind. */
function checkReferenceFields(c: ContentCollections, issues: IssueList): void {
  const ids = idsByType(c);
  for (const { type, field, ref } of referenceFields) {
    for (const doc of documentsOf(c, type)) {
      const value = doc[field];
      referencedIds(doc, field).forEach((id, i) => {
        const target = referencedType(ref, id);
        if (ids.get(target)?.has(id)) return;
        const what = typeof ref.to === 'function' ? 'SNIA programme or objective' : typeLabel(target);
        issues.add(doc.file, Array.isArray(value) ? `${field}.${i}` : field, `unknown ${what} "${id}"`, ELSEWHERE);
      });
    }
  }
}

function checkSnia(c: ContentCollections, issues: IssueList): void {
  const programmeBySlug = new Map(c.programmes.map((p) => [p.slug, p]));
  const objectiveByCode = new Map(c.objectives.map((o) => [o.code, o]));
  const actionByCode = new Map(c.actions.map((a) => [a.code, a]));
  const { totals } = c.strategy;

  checkSequence(
    c.programmes.map((p) => ({ n: p.number, file: p.file, field: 'number' })),
    totals.programmes, (n) => `programme ${n}`, c.strategy.file, issues,
  );
  checkSequence(
    c.objectives.map((o) => ({ n: objectiveNumber(o.code), file: o.file, field: 'code' })),
    totals.objectives, objectiveCode, c.strategy.file, issues,
  );

  // Every programme of the strategy has at least one specific objective; a page with none
  // would say the programme has no aims.
  const withObjectives = new Set(c.objectives.map((o) => o.programme));
  for (const p of c.programmes) {
    if (!withObjectives.has(p.slug)) issues.add(p.file, 'slug', `programme "${p.slug}" has no objective: no file in content/snia/objectives/ names it as its programme`, ELSEWHERE);
  }
  for (const a of c.actions) {
    const programme = programmeBySlug.get(a.programme);
    if (programme && actionProgrammeNumber(a.code) !== programme.number) {
      issues.add(a.file, 'code', `action ${a.code} must start with its programme's number (${programme.number}, ${programme.slug})`);
    }
    a.objectives.forEach((code, i) => {
      const objective = objectiveByCode.get(code);
      if (objective && objective.programme !== a.programme) {
        issues.add(a.file, `objectives.${i}`, `${code} belongs to programme "${objective.programme}", not "${a.programme}"`);
      }
    });
    a.sharedWith.forEach((code, i) => {
      const other = actionByCode.get(code);
      const field = `sharedWith.${i}`;
      if (code === a.code) issues.add(a.file, field, 'an action cannot share its description with itself');
      else if (!other) return; // reported by checkReferenceFields
      else if (!other.sharedWith.includes(a.code)) issues.add(a.file, field, `${code} does not list ${a.code} in its sharedWith`, ELSEWHERE);
      else if (other.description !== a.description) issues.add(a.file, field, `shared description differs from ${code}'s`, ELSEWHERE);
    });
  }
}

/** A subject page is published at its slug (lib/routes.ts topicPath): a topic without that page would publish nowhere. */
function checkTopics(c: ContentCollections, issues: IssueList): void {
  const pages = new Set(generalPaths());
  for (const topic of c.topics) {
    if (!pages.has(`/${topic.slug}/`)) issues.add(topic.file, 'slug', `no page "/${topic.slug}/": a subject page needs its page (app/[locale]/${topic.slug}/page.tsx) and its entry in lib/routes.ts`);
  }
}

function checkIom(c: ContentCollections, issues: IssueList): void {
  const funded = new Set(c.projects.flatMap((p) => p.donors));
  for (const p of c.projects) {
    if (new Set(p.donors).size !== p.donors.length) issues.add(p.file, 'donors', 'a donor is listed twice');
  }
  for (const d of c.donors) {
    if (!funded.has(d.slug)) issues.add(d.file, 'slug', `donor "${d.slug}" funds no project`, ELSEWHERE);
  }
}

/**
 * Every page a body may link to, without its language ("/funding/", "/objectives/osp-5/"):
 * a body is shown in three languages, so its links are written once and rendered in the
 * reader's language. Derived from lib/routes.ts: the general pages and one page per entity.
 */
export function linkablePaths(c: ContentCollections): Set<string> {
  const ids = idsByType(c);
  return new Set([...generalPaths(), ...entityPaths((kind) => [...ids.get(pagedType(kind).type)!])]);
}

/** A site path written with its language: "/fr/funding/" → "/funding/". */
const LOCALE_PREFIX = new RegExp(`^/(?:${locales.join('|')})(/.*)$`);

function internalLinkProblem(path: string, pages: Set<string>): string | undefined {
  if (pages.has(path)) return undefined;
  const withoutLocale = LOCALE_PREFIX.exec(path)?.[1];
  if (withoutLocale && pages.has(withoutLocale)) return `link "${path}": write it without the language, "${withoutLocale}" (readers follow it in their own language)`;
  if (pages.has(`${path}/`)) return `link "${path}": site paths end with "/": "${path}/"`;
  return `link "${path}": there is no such page on this site`;
}

function checkSourcesAndBodies(c: ContentCollections, issues: IssueList): void {
  const sources = new Set(c.sources.map((s) => s.id));
  const pages = linkablePaths(c);
  const ids = idsByType(c);
  for (const doc of factDocuments(c) as Array<DocumentBase & { sources?: string[] }>) {
    (doc.sources ?? []).forEach((s, i) => { if (!sources.has(s)) issues.add(doc.file, `sources.${i}`, `unknown source "${s}"`, ELSEWHERE); });
    const body = parseBody(doc.body.raw);
    for (const { component, id, line } of body.references) {
      if (!ids.get(pagedType(bodyComponentKinds[component]!.kind).type)!.has(id)) issues.add(doc.file, '(body)', `${lineNote(doc.body.line, line)}<${component}> names unknown "${id}"`, ELSEWHERE);
    }
    for (const { path, line } of body.internalLinks) {
      const problem = internalLinkProblem(path, pages);
      if (problem) issues.add(doc.file, '(body)', `${lineNote(doc.body.line, line)}${problem}`);
    }
  }
}

/** Throws ContentError listing every broken reference or structural rule. */
export function checkReferences(c: ContentCollections): void {
  const issues = new IssueList();
  checkReferenceFields(c, issues);
  checkSnia(c, issues);
  checkIom(c, issues);
  checkTopics(c, issues);
  checkSourcesAndBodies(c, issues);
  issues.throwIfAny();
}
