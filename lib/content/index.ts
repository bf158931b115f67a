/**
 * The site's content, loaded once: contentlayer's documents, parsed and cross-checked.
 * Importing this module validates everything; invalid content throws ContentError and
 * stops the build before any page is exported.
 */
import { allDocuments } from 'contentlayer/generated';
import { createContentIndex } from './content-index';
import { loadContent } from './load';

export const content = createContentIndex(loadContent(allDocuments as never, 'content'));
export type { ContentIndex, FundingRow } from './content-index';
export * from './model';
