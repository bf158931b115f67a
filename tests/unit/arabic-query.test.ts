import { describe, expect, it } from 'vitest';
import { arabicQueryVariants, bareArabicWord } from '@/lib/search/arabic-query';

describe('bareArabicWord', () => {
  it.each([
    ['الصحة', 'صحة'], ['صحة', 'صحة'], ['والسكن', 'سكن'], ['بالصحة', 'صحة'], ['للصحة', 'صحة'],
    ['فالتشغيل', 'تشغيل'], ['كالعادة', 'عادة'], ['الصِّحَّة', 'صحة'], ['IOM', 'IOM'], ['ال', 'ال'],
  ])('%s → %s', (word, bare) => {
    expect(bareArabicWord(word)).toBe(bare);
  });
});

describe('arabicQueryVariants', () => {
  it('searches a word as typed, bare and with the article', () => {
    expect(arabicQueryVariants('والسكن')).toEqual(['والسكن', 'سكن', 'السكن']);
    expect(arabicQueryVariants('صحة')).toEqual(['صحة', 'الصحة']);
  });
  it('keeps Latin words as they are inside an Arabic query', () => {
    expect(arabicQueryVariants('برنامج RAMED')).toEqual(['برنامج RAMED', 'البرنامج RAMED']);
  });
  it('leaves a query without Arabic alone', () => {
    expect(arabicQueryVariants('RAMED')).toEqual(['RAMED']);
  });
});
