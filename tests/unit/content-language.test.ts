/**
 * The closed content language of bodies (lib/content/body.ts) and the checks that keep
 * content data: every probe of the security pass that needs no build is a case here.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { checkedBodyTree, MAX_BODY_BYTES, MAX_BODY_DEPTH, parseBody } from '@/lib/content/body';
import { checkBodies, checkDocumentTypes } from '@/lib/content/load';
import type { RawDocument } from '@/lib/content/model';
import { parseContent } from '@/lib/content/parse';
import { checkReferences } from '@/lib/content/references';
import { doc, validFixture, withChange, issuesThrownBy } from './fixtures';

const messagesOf = (body: string) => parseBody(body).issues.map((i) => i.message);

const issuesOf = issuesThrownBy;
const validate = (raw: RawDocument[]) => issuesOf(() => {
  checkDocumentTypes(raw);
  checkBodies(raw);
  checkReferences(parseContent(raw));
});

describe('a body is data: code, HTML and unknown components are refused', () => {
  // [probe from the security pass, body, expected reason]
  const refused: Array<[string, string, RegExp]> = [
    ['an expression reading the environment', 'Home: {process.env.HOME}', /expressions are not allowed/],
    ['an expression running a command', "{process.getBuiltinModule('child_process').execSync('id -un').toString()}", /expressions are not allowed/],
    ['a block expression', '{\n  globalThis.fetch("https://example.org")\n}', /expressions are not allowed/],
    ['an import of a repository file', "import pkg from '../../../package.json'\n\nText.", /import and export/],
    ['an export', 'export const x = 1\n\nText.', /import and export/],
    ['a script element', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an inline style element', '<style>{"body{display:none}"}</style>', /<style> is not allowed|expressions are not allowed/],
    ['a meta refresh', '<meta httpEquiv="refresh" content="0;url=https://example.org/" />', /<meta> is not allowed/],
    ['an unclosed meta refresh', '<meta httpEquiv="refresh" content="0;url=https://example.org/">', /not valid MDX/],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', /<iframe> is not allowed/],
    ['an unknown component', '<Foo />', /<Foo> is not allowed/],
    ['an expression as a prop', "<Objective code={'OSP 99'} />", /must be a literal string/],
    ['a spread prop', '<Objective {...props} />', /exactly one prop/],
    ['a prop the component does not take', '<Objective slug="osp-5" />', /exactly one prop, code/],
    ['a component with content', '<Objective code="OSP 5">OSP 5</Objective>', /takes no content/],
    ['a fragment', '<>text</>', /fragments/],
    ['an HTML comment', '<!-- note -->', /not valid MDX/],
    ['a javascript: link', '[x](javascript:alert(1))', /https:, mailto:/],
    ['a data: link', '[x](data:text/html,hi)', /https:, mailto:/],
    ['an http: link', '[x](http://example.org/)', /https:, mailto:/],
    ['a protocol-relative link', '[x](//example.org/)', /https:, mailto:/],
    ['a link with credentials', '[x](https://user:secret@example.org/)', /user name or password/],
    ['a malformed tel: link', '[x](tel:0537652881)', /international number/],
    ['an image (a request to another host)', '![x](https://example.org/a.png)', /images are not allowed/],
    ['a reference-style link', '[x][a]\n\n[a]: https://example.org/', /reference-style/],
    ['a code block', '```\ncode\n```', /code blocks/],
    ['a level-1 heading', '# Title', /only level-1 heading/],
  ];
  for (const [what, body, reason] of refused) {
    it(`refuses ${what}`, () => {
      expect(messagesOf(body)).toContainEqual(expect.stringMatching(reason));
    });
  }

  it('accepts Markdown and the link components, with double or single quotes', () => {
    const body = '## Actions\n\n- **Health** for *all*: <Objective code="OSP 5" /> and <Action code=\'3.4\' />.\n- See [the ministry](https://example.org/), [mail](mailto:a@example.org), [call](tel:+212537652881) and [funding](/funding/).\n\n> Quoted `text`.\n\n---\n';
    const parsed = parseBody(body);
    expect(parsed.issues).toEqual([]);
    expect(parsed.references).toEqual([
      { component: 'Objective', id: 'OSP 5', line: 3 },
      { component: 'Action', id: '3.4', line: 3 },
    ]);
    expect(parsed.internalLinks).toEqual([{ path: '/funding/', line: 4 }]);
  });

  it('refuses lists or quotes nested deeper than the limit before parsing them', () => {
    expect(messagesOf(`${'> '.repeat(MAX_BODY_DEPTH)}x`)).toEqual([]);
    expect(messagesOf(`${'> '.repeat(MAX_BODY_DEPTH + 1)}x`)).toEqual([expect.stringMatching(`nests lists, quotes or indentation ${MAX_BODY_DEPTH + 1} deep`)]);
    // 50,000 nested list markers took minutes to fail before; now refused at once.
    const started = Date.now();
    expect(messagesOf(`${'- '.repeat(50_000)}x`)).toEqual([expect.stringMatching(/limit is 32 KB|deep; the limit/)]);
    expect(messagesOf(`${'- '.repeat(1_000)}x`)).toEqual([expect.stringMatching(/1000 deep; the limit is 8/)]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a body over the size limit', () => {
    expect(messagesOf('word '.repeat(MAX_BODY_BYTES / 5 + 1))).toEqual([expect.stringMatching(/the limit is 32 KB/)]);
  });

  it('renders only a checked tree: a body with an issue never reaches a page', () => {
    expect(() => checkedBodyTree('Home: {process.env.HOME}')).toThrow(/failed validation/);
    const html = renderToStaticMarkup(toJsxRuntime(toHast(checkedBodyTree('Plain *text* & [a link](https://example.org/).')), { Fragment, jsx, jsxs }));
    expect(html).toBe('<p>Plain <em>text</em> &amp; <a href="https://example.org/">a link</a>.</p>');
  });
});

describe('bodies are checked in every file, translations included', () => {
  it('accepts the valid fixture', () => {
    expect(validate(validFixture())).toEqual([]);
  });

  it('names the file, "(body)" and the line of the file', () => {
    const raw = withChange('snia/programmes/01-alpha.mdx', {}, 'Fine.\n\n{process.env.HOME}\n');
    raw.find((d) => d._raw.sourceFilePath === 'snia/programmes/01-alpha.mdx')!.body!.line = 9;
    expect(validate(raw)).toEqual([{ file: 'snia/programmes/01-alpha.mdx', field: '(body)', message: expect.stringMatching(/^line 11: \{…\} expressions are not allowed/) }]);
  });

  it('refuses code in a translation body as in a base body', () => {
    const raw = [...validFixture(), doc('Translation', 'i18n/fr/snia/programmes/02-beta.mdx', { title: 'Bêta' }, 'Voir <Objective code="OSP 3" /> {process.env.HOME}')];
    expect(validate(raw)).toContainEqual(expect.objectContaining({ file: 'i18n/fr/snia/programmes/02-beta.mdx', field: '(body)', message: expect.stringMatching(/expressions are not allowed/) }));
  });

  it('refuses a cross-link to an entity that does not exist', () => {
    expect(validate(withChange('snia/programmes/01-alpha.mdx', {}, 'See <Objective code="OSP 99" />.'))).toEqual([
      // Another document can answer it (the objective written next): the editor holds such a save.
      { file: 'snia/programmes/01-alpha.mdx', field: '(body)', message: 'line 1: <Objective> names unknown "OSP 99"', elsewhere: true },
    ]);
  });

  it('accepts links to site pages that exist, written without a language', () => {
    expect(validate(withChange('snia/programmes/01-alpha.mdx', {}, '[Funding](/funding/), [OSP 3](/objectives/osp-3/), [beta](/programmes/beta/).'))).toEqual([]);
  });

  it('refuses links to site pages that do not exist, or written with a language', () => {
    const messages = validate(withChange('snia/programmes/01-alpha.mdx', {}, '[a](/nowhere/) [b](/en/funding/) [c](/funding) [d](/objectives/osp-9/)')).map((i) => i.message);
    expect(messages).toEqual([
      'line 1: link "/nowhere/": there is no such page on this site',
      'line 1: link "/en/funding/": write it without the language, "/funding/" (readers follow it in their own language)',
      'line 1: link "/funding": site paths end with "/": "/funding/"',
      'line 1: link "/objectives/osp-9/": there is no such page on this site',
    ]);
  });
});

describe('frontmatter rules an editor can break', () => {
  it('refuses a "type" field that would move a file to another kind', () => {
    const raw = [...validFixture(), doc('Donor', 'i18n/fr/iom/donors/d1.mdx', { slug: 'd3', name: 'Donateur' })];
    expect(issuesOf(() => checkDocumentTypes(raw))).toEqual([
      { file: 'i18n/fr/iom/donors/d1.mdx', field: 'type', message: "a file's kind comes from its folder (here Translation); delete the \"type\" field" },
    ]);
  });

  it('refuses a title of invisible characters only', () => {
    expect(validate(withChange('snia/objectives/osp-01.mdx', { title: '\u200B\u200B' }))).toContainEqual(expect.objectContaining({ field: 'title', message: expect.stringMatching(/no visible text/) }));
  });

  it('refuses display text that is too long or has an unbroken run that would overflow a phone screen', () => {
    expect(validate(withChange('snia/objectives/osp-01.mdx', { title: 'A'.repeat(500) }))).toContainEqual(expect.objectContaining({ field: 'title', message: expect.stringMatching(/500 characters long; the limit is 400/) }));
    expect(validate(withChange('snia/objectives/osp-01.mdx', { title: `Access ${'x'.repeat(61)}` }))).toContainEqual(expect.objectContaining({ field: 'title', message: expect.stringMatching(/61-character run without a space/) }));
  });

  it('refuses a check date in the future', () => {
    expect(validate(withChange('snia/objectives/osp-01.mdx', { lastChecked: '2099-01-01' }))).toContainEqual(expect.objectContaining({ field: 'lastChecked', message: expect.stringMatching(/must not be in the future/) }));
  });

  it('refuses a source URL carrying a user name and password', () => {
    expect(validate(withChange('sources/src.mdx', { url: 'https://user:secret@example.org/page' }))).toContainEqual(expect.objectContaining({ field: 'url', message: 'must not contain a user name or password' }));
  });

  it('refuses a phone whose displayed number is not the dialled one', () => {
    const contact = validFixture().find((d) => d.type === 'Contact')!;
    const phones = [{ label: 'Tel', display: '+212 (0)5 37 65 28 82', e164: '+212537652881' }];
    expect(validate(withChange(contact._raw.sourceFilePath, { phones }))).toEqual([
      { file: contact._raw.sourceFilePath, field: 'phones.0.display', message: 'shows a number other than the one dialled (e164)' },
    ]);
  });

  it('refuses a programme with no objective', () => {
    const raw = withChange('snia/objectives/osp-03.mdx', { programme: 'alpha' }).map((d) => (d._raw.sourceFilePath === 'snia/programmes/02-beta.mdx' ? { ...d, body: { raw: '' } } : d));
    expect(validate(raw)).toContainEqual({ file: 'snia/programmes/02-beta.mdx', field: 'slug', message: expect.stringMatching(/programme "beta" has no objective/), elsewhere: true });
  });
});
