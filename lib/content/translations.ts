/**
 * Translations: a French or Arabic file holds only the TEXT of one base (English) document,
 * at the same path under content/i18n/<locale>/. Structure (codes, references, numbers)
 * stays in the base, so a translation can never contradict it. This module says which
 * fields are text, checks every translation against its base, and overlays translations
 * on the base collections for one language (falling back to English, marked, when a
 * translation is missing).
 */
import { z } from 'zod';
import { defaultLocale, isLocale, locales, type Locale } from '../site';
import { documentsOf, documentTypeNames, entityTable, textFieldsOf, type DocumentTypeName, type TextField } from './entities';
import { IssueList } from './errors';
import { parseBody } from './body';
import type { ContentCollections, DocumentBase, RawDocument } from './model';
import { checkStrings, fieldPath, frontmatterOf } from './parse';
import { nonEmpty } from './schema';

/** Every field name any translation may hold: contentlayer's field list for translations. */
export function translationFieldNames(structural: Iterable<string>): string[] {
  // Structural names are included so contentlayer passes them through and the check below
  // can name them ("belongs in the base file") instead of contentlayer's generic error.
  const names = new Set<string>(structural);
  for (const type of documentTypeNames) for (const name of Object.keys(textFieldsOf(type))) names.add(name);
  return [...names];
}

function zodOf(field: TextField): z.ZodType {
  if (field.kind === 'list') return z.array(nonEmpty);
  if (field.kind === 'objects') {
    return z.array(z.strictObject(Object.fromEntries(field.fields.map((f) => [f, nonEmpty.optional()]))));
  }
  return field.max ? nonEmpty.max(field.max, `must be at most ${field.max} characters (it is the meta description)`) : nonEmpty;
}

/** The translated text of one document. */
export interface Translation {
  locale: Locale;
  /** Path of the translation file, relative to content/. */
  file: string;
  /** Path of the base file it translates, relative to content/. */
  baseFile: string;
  fields: Record<string, unknown>;
  body: { raw: string; line: number };
}

/** Translations by language, then by base file. */
export type TranslationSet = Map<Locale, Map<string, Translation>>;

const TRANSLATION_PATH = /^i18n\/([^/]+)\/(.+)$/;

interface BaseDoc {
  type: DocumentTypeName;
  doc: DocumentBase & Record<string, unknown>;
}

/** Every base document by file, with its type. */
function baseDocuments(c: ContentCollections): Map<string, BaseDoc> {
  const map = new Map<string, BaseDoc>();
  for (const type of documentTypeNames) {
    for (const doc of documentsOf(c, type)) map.set(doc.file, { type, doc });
  }
  return map;
}

/** True when a base document has anything a reader would need translated. */
export function isTranslatable(type: DocumentTypeName, doc: Record<string, unknown> & DocumentBase): boolean {
  return Object.keys(textFieldsOf(type)).some((f) => doc[f] !== undefined && !(Array.isArray(doc[f]) && doc[f].length === 0))
    || doc.body.raw.trim() !== '';
}

function checkAgainstBase(
  file: string, spec: Record<string, TextField>, base: Record<string, unknown>, fields: Record<string, unknown>, issues: IssueList,
): void {
  for (const [name, field] of Object.entries(spec)) {
    const b = base[name];
    const t = fields[name];
    const baseHas = b !== undefined && !(Array.isArray(b) && b.length === 0);
    if (baseHas && t === undefined) issues.add(file, name, 'missing: the base file has this text, so its translation must too');
    else if (!baseHas && t !== undefined) issues.add(file, name, 'the base file has no such text, so its translation must not either');
    else if (Array.isArray(b) && Array.isArray(t)) {
      if (b.length !== t.length) issues.add(file, name, `has ${t.length} items; the base file has ${b.length} (same number, same order)`);
      else if (field.kind === 'objects') {
        b.forEach((item: Record<string, unknown>, i) => {
          const titem = t[i] as Record<string, unknown>;
          for (const sub of field.fields) {
            if (item[sub] !== undefined && titem[sub] === undefined) issues.add(file, `${name}.${i}.${sub}`, 'missing: the base file has this text');
            if (item[sub] === undefined && titem[sub] !== undefined) issues.add(file, `${name}.${i}.${sub}`, 'the base file has no such text');
          }
        });
      }
    }
  }
}

/** Same cross-links and same internal links: a translation's links are checked through its base's. */
function sameReferences(base: string, translated: string): boolean {
  const key = (body: string) => {
    const { references, internalLinks } = parseBody(body);
    return [...references.map((r) => `${r.component}:${r.id}`), ...internalLinks.map((l) => `link:${l.path}`)].sort().join('|');
  };
  return key(base) === key(translated);
}

/**
 * Checks every translation document against its base; throws ContentError (file › field:
 * reason) on a translation of an unknown file, a structural field, a missing or extra text
 * field, a list of the wrong length, or a body whose cross-links differ from the base's.
 */
export function checkTranslations(raw: RawDocument[], c: ContentCollections): TranslationSet {
  const issues = new IssueList();
  const bases = baseDocuments(c);
  const set: TranslationSet = new Map(locales.filter((l) => l !== defaultLocale).map((l) => [l, new Map()]));
  for (const doc of raw) {
    const file = doc._raw.sourceFilePath;
    const match = TRANSLATION_PATH.exec(file);
    const locale = match?.[1];
    if (!match || !locale || !isLocale(locale) || locale === defaultLocale) {
      issues.add(file, '(file)', `translations live in content/i18n/<${locales.filter((l) => l !== defaultLocale).join('|')}>/<path of the English file>`);
      continue;
    }
    const baseFile = match[2]!;
    const base = bases.get(baseFile);
    if (!base) {
      issues.add(file, '(file)', `translates content/${baseFile}, which does not exist`);
      continue;
    }
    const spec = textFieldsOf(base.type);
    const fields = frontmatterOf(doc);
    let bad = false;
    for (const name of Object.keys(fields)) {
      if (!Object.hasOwn(spec, name)) {
        const allowed = Object.keys(spec);
        issues.add(file, name, Object.hasOwn(base.doc, name)
          ? `structural field: it belongs in the base file content/${baseFile} only; a translation holds text (${allowed.join(', ') || 'only the body'})`
          : `unknown field; a translation of this file may hold ${allowed.join(', ') || 'only the body'}`);
        bad = true;
      }
    }
    checkStrings(fields, [], (path, message) => {
      issues.add(file, fieldPath(path), message);
      bad = true;
    });
    if (bad) continue;
    const schema = z.strictObject(Object.fromEntries(Object.entries(spec).map(([n, f]) => [n, zodOf(f).optional()])));
    const result = schema.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) issues.add(file, fieldPath(issue.path), issue.message);
      continue;
    }
    checkAgainstBase(file, spec, base.doc, result.data, issues);
    const body = { raw: doc.body?.raw ?? '', line: doc.body?.line ?? 1 };
    const baseBody = base.doc.body.raw.trim();
    if (baseBody && !body.raw.trim()) issues.add(file, '(body)', 'missing: the base file has a body, so its translation must too');
    else if (!baseBody && body.raw.trim()) issues.add(file, '(body)', 'the base file has no body, so its translation must not either');
    else if (!sameReferences(base.doc.body.raw, body.raw)) {
      issues.add(file, '(body)', 'its cross-links (<Objective code="…" /> etc.) and links to site pages must be exactly those of the base file');
    }
    set.get(locale)!.set(baseFile, { locale, file, baseFile, fields: result.data, body });
  }
  issues.throwIfAny();
  return set;
}

function overlay<T extends DocumentBase>(doc: T, type: DocumentTypeName, translation: Translation | undefined, locale: Locale): T {
  if (!translation) return { ...doc, lang: isTranslatable(type, doc as unknown as DocumentBase & Record<string, unknown>) ? defaultLocale : locale };
  const merged: Record<string, unknown> = { ...(doc as unknown as Record<string, unknown>), body: translation.body.raw.trim() ? translation.body : doc.body, lang: locale };
  for (const [name, value] of Object.entries(translation.fields)) {
    const field = textFieldsOf(type)[name];
    const baseValue = (doc as unknown as Record<string, unknown>)[name];
    // Objects keep their structural sub-fields (a phone's number) and take the text ones.
    merged[name] = field?.kind === 'objects' && Array.isArray(baseValue) && Array.isArray(value)
      ? baseValue.map((item: object, i) => ({ ...item, ...(value[i] as object) }))
      : value;
  }
  return merged as T;
}

/** The collections in one language: translated text over the base, English where missing. */
export function localizeCollections(c: ContentCollections, set: TranslationSet, locale: Locale): ContentCollections {
  const t = set.get(locale) ?? new Map<string, Translation>();
  const on = (type: DocumentTypeName) => (doc: DocumentBase): DocumentBase => overlay(doc, type, t.get(doc.file), locale);
  const localized: Record<string, unknown> = {};
  for (const type of documentTypeNames) {
    const docs = c[entityTable[type].collection] as DocumentBase | DocumentBase[];
    localized[entityTable[type].collection] = Array.isArray(docs) ? docs.map(on(type)) : on(type)(docs);
  }
  return localized as ContentCollections;
}

export interface CoverageRow {
  locale: Locale;
  type: DocumentTypeName;
  translatable: number;
  translated: number;
  missing: string[];
}

/** For each language and document type: how many translatable files have a translation. */
export function translationCoverage(c: ContentCollections, set: TranslationSet): CoverageRow[] {
  const bases = [...baseDocuments(c).values()];
  const rows: CoverageRow[] = [];
  for (const [locale, translations] of set) {
    for (const type of documentTypeNames) {
      const docs = bases.filter((b) => b.type === type && isTranslatable(type, b.doc));
      if (docs.length === 0) continue;
      const missing = docs.filter((b) => !translations.has(b.doc.file)).map((b) => b.doc.file);
      rows.push({ locale, type, translatable: docs.length, translated: docs.length - missing.length, missing });
    }
  }
  return rows;
}
