/**
 * The editor's collections, derived from the entity table: one per document type, named by
 * its collection name ("programmes"), with the folder and file pattern its files live in and
 * whether it has text to translate. Decap addresses a file by a path of its own,
 * "<collection>/<locale>/<file name>" (its i18n `multiple_folders` layout) or
 * "<collection>/<file name>" for kinds with no text; this module maps those paths to the
 * real files: the English base in its folder, a translation at the same path under
 * content/i18n/<locale>/.
 */
import path from 'node:path';
import { documentTypeNames, entityTable, globPattern, textFieldsOf, type DocumentTypeName } from '../content/entities';
import { defaultLocale, isLocale, locales, type Locale } from '../site';

export interface EditorCollection {
  type: DocumentTypeName;
  /** Decap's collection name and the first segment of its paths: the table's collection name. */
  name: string;
  /** The base files' folder, relative to content/ ("snia/programmes"). */
  dir: string;
  /** Which files of `dir` are this type's (a single document shares its folder with others). */
  pattern: RegExp;
  single: boolean;
  /** Kinds with text fields have a translation per language. */
  translated: boolean;
}

export const editorCollections: EditorCollection[] = documentTypeNames.map((type) => {
  const spec = entityTable[type];
  return {
    type,
    name: spec.collection,
    dir: path.posix.dirname(spec.file),
    pattern: globPattern(spec.file),
    single: Boolean(spec.single),
    translated: Object.keys(textFieldsOf(type)).length > 0,
  };
});

const byName = new Map(editorCollections.map((c) => [c.name, c]));

export function editorCollection(name: string): EditorCollection | undefined {
  return byName.get(name);
}

/** The collection of a document type. */
export function editorCollectionOf(type: DocumentTypeName): EditorCollection {
  return editorCollections.find((c) => c.type === type)!;
}

/** A real content file, relative to content/, and the language it holds. */
export interface RealFile {
  collection: EditorCollection;
  locale: Locale;
  /** Relative to content/. */
  file: string;
  /** The base file it is or translates, relative to content/. */
  baseFile: string;
}

// What Decap makes of an id ("OSP 5" → osp-5, "10.12" → 10.12): lowercase letters, digits, hyphens, dots.
const FILE_NAME = /^[a-z0-9][a-z0-9.-]*\.mdx$/;

/** The real file behind one of Decap's paths, or undefined if the path names none. */
export function realFile(editorPath: string): RealFile | undefined {
  const parts = editorPath.split('/');
  const collection = byName.get(parts[0] ?? '');
  if (!collection) return undefined;
  const [locale, name] = collection.translated ? [parts[1], parts[2]] : [defaultLocale, parts[1]];
  if (parts.length !== (collection.translated ? 3 : 2) || !locale || !isLocale(locale) || !name || !FILE_NAME.test(name)) return undefined;
  const baseFile = `${collection.dir}/${name}`;
  if (!collection.pattern.test(baseFile)) return undefined;
  return { collection, locale, baseFile, file: locale === defaultLocale ? baseFile : `i18n/${locale}/${baseFile}` };
}

/** Decap's path for a base file in one language. */
export function editorPath(collection: EditorCollection, baseFile: string, locale: Locale): string {
  const name = path.posix.basename(baseFile);
  return collection.translated ? `${collection.name}/${locale}/${name}` : `${collection.name}/${name}`;
}

/** The languages a collection's entries are edited in. */
export function localesOf(collection: EditorCollection): readonly Locale[] {
  return collection.translated ? locales : [defaultLocale];
}
