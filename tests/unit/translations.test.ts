import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '@/lib/content/errors';
import type { RawDocument } from '@/lib/content/model';
import { parseContent } from '@/lib/content/parse';
import { checkReferences } from '@/lib/content/references';
import { checkTranslations, localizeCollections, translationCoverage } from '@/lib/content/translations';
import { doc, validFixture, issuesThrownBy } from './fixtures';

const base = () => {
  const c = parseContent(validFixture());
  checkReferences(c);
  return c;
};

const tr = (file: string, fields: Record<string, unknown>, body = '') => doc('Translation', `i18n/${file}`, fields, body);

function issuesOf(translations: RawDocument[]): ContentIssue[] {
  return issuesThrownBy(() => checkTranslations(translations, base()));
}

function expectIssue(translations: RawDocument[], file: string, field: string, message: RegExp) {
  expect(issuesOf(translations)).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
}

describe('translations', () => {
  it('accepts a translation holding only text fields', () => {
    expect(issuesOf([
      tr('fr/snia/objectives/osp-01.mdx', { title: 'Premier' }),
      tr('ar/snia/programmes/02-beta.mdx', { title: 'بيتا', summary: 'ب.' }, 'انظر <Objective code="OSP 3" />.'),
    ])).toEqual([]);
  });

  it('rejects a translation of a file that does not exist', () => {
    expectIssue([tr('fr/snia/objectives/osp-09.mdx', { title: 'Neuvième' })], 'i18n/fr/snia/objectives/osp-09.mdx', '(file)', /does not exist/);
  });

  it('rejects a translation in a language the site does not publish', () => {
    expectIssue([tr('de/snia/objectives/osp-01.mdx', { title: 'Erste' })], 'i18n/de/snia/objectives/osp-01.mdx', '(file)', /i18n\/<fr\|ar>/);
  });

  it('rejects a structural field, saying it belongs in the base file', () => {
    expectIssue([tr('fr/snia/objectives/osp-01.mdx', { title: 'Premier', code: 'OSP 1' })], 'i18n/fr/snia/objectives/osp-01.mdx', 'code', /structural field.*base file/);
  });

  it('rejects a missing text field, naming it', () => {
    expectIssue([tr('fr/snia/programmes/01-alpha.mdx', { title: 'Alpha' })], 'i18n/fr/snia/programmes/01-alpha.mdx', 'summary', /missing/);
  });

  it('rejects a list whose length differs from the base', () => {
    expectIssue([tr('fr/snia/strategy.mdx', { title: 'S', summary: 'S.', strategicObjectives: ['Un', 'Deux'] })],
      'i18n/fr/snia/strategy.mdx', 'strategicObjectives', /2 items; the base file has 1/);
  });

  it('rejects a contact phone with text the base phone lacks', () => {
    expectIssue([tr('fr/iom/contacts/office.mdx', { phones: [{ label: 'Tél.', hours: '9 h' }] })], 'i18n/fr/iom/contacts/office.mdx', 'phones.0.hours', /no such text/);
  });

  it('rejects a body whose cross-links differ from the base', () => {
    expectIssue([tr('fr/snia/programmes/02-beta.mdx', { title: 'Bêta', summary: 'B.' }, 'Voir <Objective code="OSP 1" />.')],
      'i18n/fr/snia/programmes/02-beta.mdx', '(body)', /cross-links/);
  });

  it('rejects HTML in translated text, as in base files', () => {
    expectIssue([tr('fr/snia/objectives/osp-01.mdx', { title: '<script>x</script>' })], 'i18n/fr/snia/objectives/osp-01.mdx', 'title', /HTML|tag/i);
  });

  it('overlays translated text on the base structure, and falls back to English, marked, where missing', () => {
    const c = base();
    const set = checkTranslations([tr('fr/snia/objectives/osp-01.mdx', { title: 'Premier' })], c);
    const fr = localizeCollections(c, set, 'fr');
    const [first, second] = fr.objectives;
    expect(first).toMatchObject({ code: 'OSP 1', programme: 'alpha', title: 'Premier', lang: 'fr' });
    expect(second).toMatchObject({ code: 'OSP 2', title: 'Second', lang: 'en' });
    // A partner has no text to translate: it is in the page's language by definition.
    expect(fr.partners[0]!.lang).toBe('fr');
  });

  it('keeps a phone number from the base when its label is translated', () => {
    const c = base();
    const set = checkTranslations([tr('ar/iom/contacts/office.mdx', { name: 'مكتب', phones: [{ label: 'الهاتف' }] })], c);
    expect(localizeCollections(c, set, 'ar').contacts[0]!.phones[0]).toEqual({ label: 'الهاتف', display: '+212 (0)5 37 65 28 81', e164: '+212537652881' });
  });

  it('reports coverage per language and names the missing files', () => {
    const c = base();
    const rows = translationCoverage(c, checkTranslations([tr('fr/snia/objectives/osp-01.mdx', { title: 'Premier' })], c));
    expect(rows.find((r) => r.locale === 'fr' && r.type === 'Objective')).toMatchObject({
      translatable: 3, translated: 1, missing: ['snia/objectives/osp-02.mdx', 'snia/objectives/osp-03.mdx'],
    });
    expect(rows.find((r) => r.locale === 'ar' && r.type === 'Objective')).toMatchObject({ translated: 0 });
  });
});
