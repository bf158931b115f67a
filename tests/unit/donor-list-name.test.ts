import { describe, expect, it } from 'vitest';
import { donorListName } from '@/lib/content/model';

describe('donor names in lists', () => {
  it('uses the short form the main source writes when the full name is a cited expansion', () => {
    expect(donorListName({ name: 'IOM Development Fund', shortName: 'IDF', citations: [{ about: 'IDF: IOM Development Fund', source: 's', quote: 'q' }] })).toBe('IDF');
  });
  it('keeps the name the source gives otherwise', () => {
    expect(donorListName({ name: 'Government of Spain', shortName: undefined, citations: [] })).toBe('Government of Spain');
    expect(donorListName({ name: 'Full', shortName: 'F', citations: [] })).toBe('Full');
  });
});
