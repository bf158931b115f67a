/**
 * Step 1 of loading: every raw document through its zod schema, grouped by type.
 * Reference checks come after (references.ts), once every document has a type.
 */
import { defaultLocale } from '../site';
import { documentTypeNames, entityTable, isDocumentTypeName, TRANSLATION_TYPE, type DocumentTypeName } from './entities';
import { IssueList } from './errors';
import type { ContentCollections, DocumentBase, RawDocument } from './model';

/** Fields contentlayer adds that are not frontmatter. */
const GENERATED_FIELDS = new Set(['_id', '_raw', 'type', 'body']);

type Parsed = Record<DocumentTypeName, Array<DocumentBase & Record<string, unknown>>>;

export function frontmatterOf(doc: RawDocument): Record<string, unknown> {
  // contentlayer writes absent optional fields as undefined; zod treats them as missing.
  return Object.fromEntries(
    Object.entries(doc).filter(([key, value]) => !GENERATED_FIELDS.has(key) && value !== undefined),
  );
}

/**
 * Markup has no place in frontmatter: React would print it as text, but it is always a
 * mistake (or an attack on a reader's copy-paste), so the build refuses it.
 */
const UNSAFE_TEXT: Array<[RegExp, string]> = [
  [/<\s*\/?\s*[a-z][^>]*>/i, 'must not contain HTML tags'],
  [/\b(?:javascript|vbscript)\s*:|\bdata:[a-z-]+\/[a-z0-9.+-]+[;,]/i, 'must not contain a javascript:, vbscript: or data: URL'],
];

/** Fields readers see as running text: titles, names, summaries, labels. */
const DISPLAY_TEXT_FIELDS = new Set(['title', 'name', 'shortName', 'summary', 'description', 'label', 'publisher']);
/** Longest display text (the longest real one, an action description, is 244 characters). */
export const MAX_DISPLAY_TEXT = 400;
/**
 * Longest run without a space in display text (the longest real word is 31 characters): a
 * 500-character unbroken title made a page 8,296 px wide at 320 px and overflowed its image.
 */
export const MAX_UNBROKEN_RUN = 60;

function displayTextProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > MAX_DISPLAY_TEXT) problems.push(`is ${value.length} characters long; the limit is ${MAX_DISPLAY_TEXT}`);
  const longest = value.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length > MAX_UNBROKEN_RUN) problems.push(`has a ${longest.length}-character run without a space ("${longest.slice(0, 20)}…"); the limit is ${MAX_UNBROKEN_RUN}`);
  return problems;
}

export function checkStrings(value: unknown, path: PropertyKey[], report: (path: PropertyKey[], message: string) => void): void {
  if (typeof value === 'string') {
    for (const [pattern, message] of UNSAFE_TEXT) if (pattern.test(value)) report(path, message);
    // Zero-width and format characters pass a trim; a title of them alone shows nothing.
    if (value !== '' && !/[^\p{White_Space}\p{Cf}\p{Cc}]/u.test(value)) report(path, 'has no visible text (only spaces or invisible characters)');
    const field = path.findLast((p) => typeof p === 'string');
    if (typeof field === 'string' && DISPLAY_TEXT_FIELDS.has(field)) {
      for (const problem of displayTextProblems(value)) report(path, problem);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkStrings(item, [...path, i], report));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkStrings(item, [...path, key], report);
  }
}

export function fieldPath(path: PropertyKey[]): string {
  return path.length === 0 ? '(frontmatter)' : path.map(String).join('.');
}

function parseAll(raw: RawDocument[], issues: IssueList): Parsed {
  const parsed = Object.fromEntries(documentTypeNames.map((t) => [t, []])) as unknown as Parsed;
  for (const doc of raw) {
    const file = doc._raw.sourceFilePath;
    if (doc.type === TRANSLATION_TYPE) continue; // checked against its base in translations.ts
    if (!isDocumentTypeName(doc.type)) {
      issues.add(file, '(file)', `unknown document type "${doc.type}"`);
      continue;
    }
    const frontmatter = frontmatterOf(doc);
    let unsafe = false;
    checkStrings(frontmatter, [], (path, message) => {
      issues.add(file, fieldPath(path), message);
      unsafe = true;
    });
    if (unsafe) continue;
    const result = entityTable[doc.type].schema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) issues.add(file, fieldPath(issue.path), issue.message);
      continue;
    }
    const body = { raw: doc.body?.raw ?? '', line: doc.body?.line ?? 1 };
    parsed[doc.type].push({ ...result.data, file, body, lang: defaultLocale });
  }
  return parsed;
}

function exactlyOne<T extends DocumentBase>(docs: T[], type: string, pattern: string, issues: IssueList): T | undefined {
  if (docs.length === 1) return docs[0];
  const file = docs[1]?.file ?? pattern;
  issues.add(file, '(file)', `there must be exactly one ${type.toLowerCase()} document (content/${pattern}); found ${docs.length}`);
  return undefined;
}

/** Reports every document whose `key` repeats another's. */
export function checkUnique<T extends DocumentBase>(
  docs: T[],
  field: keyof T & string,
  issues: IssueList,
): void {
  const seen = new Map<unknown, string>();
  for (const doc of docs) {
    const value = doc[field];
    const first = seen.get(value);
    if (first) issues.add(doc.file, field, `duplicate ${field} ${JSON.stringify(value)} (also in content/${first})`);
    else seen.set(value, doc.file);
  }
}

/**
 * Parses and types every document. Throws ContentError (file › field: reason) if any
 * document is malformed, an id or other unique field repeats, or a one-of-a-kind document
 * is missing. Returns each type's documents in its table order, under its collection name.
 */
export function parseContent(raw: RawDocument[]): ContentCollections {
  const issues = new IssueList();
  const parsed = parseAll(raw, issues);
  const collections: Record<string, unknown> = {};
  for (const type of documentTypeNames) {
    const spec: { file: string; collection: string; single?: boolean; id?: string; unique?: readonly string[]; order?: (a: never, b: never) => number } = entityTable[type];
    const docs = parsed[type];
    for (const field of [...(spec.id ? [spec.id] : []), ...(spec.unique ?? [])]) checkUnique(docs, field, issues);
    if (spec.single) collections[spec.collection] = exactlyOne(docs, type, spec.file, issues);
    else collections[spec.collection] = spec.order ? [...docs].sort(spec.order as (a: unknown, b: unknown) => number) : docs;
  }
  issues.throwIfAny();
  return collections as ContentCollections;
}
