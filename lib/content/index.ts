/**
 * The site's content, loaded once: contentlayer's documents, parsed and cross-checked, and
 * their translations checked against them. Importing this module validates everything;
 * invalid content throws ContentError and stops the build before any page is exported.
 */
import { allDocuments } from 'contentlayer/generated';
import { defaultLocale, type Locale } from '../site';
import { createContentIndex, type ContentIndex } from './content-index';
import { loadSite } from './load';
import { localizeCollections } from './translations';

const site = loadSite(allDocuments as never, 'content');
const indexes = new Map<Locale, ContentIndex>();

/** The content index in one language (translated text over the English structure). */
export function contentIn(locale: Locale): ContentIndex {
  let index = indexes.get(locale);
  if (!index) {
    index = createContentIndex(locale === defaultLocale ? site.collections : localizeCollections(site.collections, site.translations, locale));
    indexes.set(locale, index);
  }
  return index;
}

/** The English (reference) content: structure is the same in every language. */
export const content = contentIn(defaultLocale);
export const translationSet = site.translations;
export const baseCollections = site.collections;
export type { ContentIndex, FundingRow } from './content-index';
export * from './model';
