import { withoutElisions } from './french-elision.mjs';

/**
 * A name as a reader may type it: case, accents, French elisions and punctuation do not count.
 * "Gouvernement de l’Espagne", "gouvernement de l'espagne" and "GOUVERNEMENT DE L ESPAGNE"
 * are one key; so are "Y-Med" and "y med".
 */
export function nameKey(text: string): string {
  return withoutElisions(text.normalize('NFKC'))
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // An elided article typed without its apostrophe ("ministere de l interieur").
    .filter((word) => word !== '' && !ELIDED_WORDS.has(word))
    .join(' ');
}

const ELIDED_WORDS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu']);

/** An entity a reader may look up by name or code: shown first when the query is exactly one of them. */
export interface KnownItem {
  /** The code a query names it by ("OSP 22", "3.4"): objectives and actions. */
  code?: string;
  /** Name keys (nameKey) a query names it by: an organisation's or project's names and short name. */
  names: string[];
  type: string;
  title: string;
  href: string;
}

/** The item a query names exactly, if any. */
export function itemNamed(query: string, items: KnownItem[]): KnownItem | undefined {
  const key = nameKey(query);
  return key ? items.find((item) => item.names.includes(key)) : undefined;
}
