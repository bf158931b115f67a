import { describe, expect, it } from 'vitest';
import { itemNamed, nameKey, type KnownItem } from '@/lib/search/known-items';

describe('nameKey', () => {
  it('ignores case, accents, elisions and punctuation', () => {
    const key = nameKey('Ministère de l’Intérieur');
    expect(key).toBe('ministere de interieur');
    for (const typed of ["ministere de l'interieur", 'MINISTERE DE L INTERIEUR', 'Ministère de l’Intérieur ']) expect(nameKey(typed)).toBe(key);
    expect(nameKey('Y-Med')).toBe(nameKey('y med'));
  });
  it('keeps Arabic names', () => {
    expect(nameKey('حكومة إسبانيا')).toBe('حكومة اسبانيا');
  });
});

describe('itemNamed', () => {
  const items: KnownItem[] = [
    { names: ['undp', 'pnud'], type: 'Partenaire', title: 'PNUD', href: '/fr/partners/#undp' },
    { names: ['riase', 'retour volontaire et reintegration des migrants bloques'], type: 'Projet', title: 'Retour…', href: '/fr/projects/riase/' },
  ];
  it('finds the item a query names exactly, by any of its names', () => {
    expect(itemNamed('PNUD', items)?.href).toBe('/fr/partners/#undp');
    expect(itemNamed('undp', items)?.href).toBe('/fr/partners/#undp');
    expect(itemNamed('Riase', items)?.href).toBe('/fr/projects/riase/');
  });
  it('finds nothing for a part of a name, or an empty query', () => {
    expect(itemNamed('retour volontaire', items)).toBeUndefined();
    expect(itemNamed(' ’ ', items)).toBeUndefined();
  });
});
