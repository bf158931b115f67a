/**
 * Which files hold which kind of document, and the schema each is checked against.
 * contentlayer.config.ts derives its document types from this table, and the loader
 * parses each document with the schema named here: one table, no second list to forget.
 */
import type { z } from 'zod';
import {
  contactSchema,
  donorSchema,
  overviewSchema,
  partnerSchema,
  projectSchema,
  thematicAreaSchema,
} from './iom-schema';
import { actionSchema, objectiveSchema, programmeSchema, sourceSchema, strategySchema } from './schema';

interface DocumentTypeSpec {
  /** Glob relative to content/. */
  filePathPattern: string;
  schema: z.ZodObject;
}

export const documentTypes = {
  Source: { filePathPattern: 'sources/*.mdx', schema: sourceSchema },
  Strategy: { filePathPattern: 'snia/strategy.mdx', schema: strategySchema },
  Programme: { filePathPattern: 'snia/programmes/*.mdx', schema: programmeSchema },
  Objective: { filePathPattern: 'snia/objectives/*.mdx', schema: objectiveSchema },
  Action: { filePathPattern: 'snia/actions/*.mdx', schema: actionSchema },
  Overview: { filePathPattern: 'iom/overview.mdx', schema: overviewSchema },
  ThematicArea: { filePathPattern: 'iom/thematic-areas/*.mdx', schema: thematicAreaSchema },
  Project: { filePathPattern: 'iom/projects/*.mdx', schema: projectSchema },
  Donor: { filePathPattern: 'iom/donors/*.mdx', schema: donorSchema },
  Partner: { filePathPattern: 'iom/partners/*.mdx', schema: partnerSchema },
  Contact: { filePathPattern: 'iom/contacts/*.mdx', schema: contactSchema },
} as const satisfies Record<string, DocumentTypeSpec>;

export type DocumentTypeName = keyof typeof documentTypes;

export function isDocumentTypeName(name: string): name is DocumentTypeName {
  return Object.hasOwn(documentTypes, name);
}

/** contentlayer's type for files under content/i18n/: see translations.ts. */
export const TRANSLATION_TYPE = 'Translation';
export const TRANSLATION_PATTERN = 'i18n/**/*.mdx';

/** A glob of this table (`*` within a folder, `**` + `/` any folders) as a regular expression. */
function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('**/', '\u0000').replaceAll('*', '[^/]*').replaceAll('\u0000', '(?:.+/)?')}$`);
}

const typeByPattern: Array<[RegExp, string]> = [
  ...Object.entries(documentTypes).map(([name, spec]): [RegExp, string] => [globPattern(spec.filePathPattern), name]),
  [globPattern(TRANSLATION_PATTERN), TRANSLATION_TYPE],
];

/**
 * The document type a file's place gives it. contentlayer would let a frontmatter `type:`
 * field override it (a "Donor" under content/i18n/ would publish as a base donor), so the
 * loader checks that every document has the type of its folder.
 */
export function documentTypeOfPath(file: string): string | undefined {
  return typeByPattern.find(([pattern]) => pattern.test(file))?.[1];
}
