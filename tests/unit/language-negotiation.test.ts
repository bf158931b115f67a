/**
 * "/" picks a language in two places, the page's inline script (any static host) and nginx:
 * both are generated from deploy/language-negotiation.mjs and must agree with the one table
 * tests/accept-language-cases.json, which scripts/check-nginx.mjs also runs on the real server.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nginxLanguageMaps, pickLanguage as rule, preferenceOrder } from '../../deploy/language-negotiation.mjs';
import { pickLanguage } from '../../lib/inline-scripts';
import { defaultLocale, locales } from '../../lib/site';
import { nginxHeaders } from '../../scripts/write-nginx-headers.mjs';
import table from '../accept-language-cases.json';

const cases = table.cases as Array<[string | null, string]>;

/** Runs the page's script as a browser would, with navigator.languages in the reader's order. */
function scriptSendsTo(languages: string[]): string {
  let target = '';
  runInNewContext(pickLanguage, { navigator: { languages, language: languages[0] }, location: { replace: (to: string) => { target = to; } } });
  return target;
}

/** The generated nginx maps, evaluated as nginx does: each map's first matching regex, $1 its capture. */
function nginxSendsTo(conf: string, header: string | null): string {
  const vars = new Map<string, string>([['http_accept_language', header ?? '']]);
  for (const [, source, name, body] of conf.matchAll(/^map (\S+|"[^"]*") \$(\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const input = source!.replace(/^"|"$/g, '').replace(/\$(\w+)/g, (_, v: string) => vars.get(v) ?? '');
    let value: string | undefined;
    for (const [, pattern, result] of body!.matchAll(/^\s+"~\*(.*)" (\S+);$/gm)) {
      const m = new RegExp(pattern!, 'i').exec(input);
      if (m) { value = result!.replace('$1', m[1] ?? ''); break; }
    }
    vars.set(name!, value ?? /^\s+default (\S+);$/m.exec(body!)![1]!.replace(/^""$/, ''));
  }
  return vars.get('preferred_language')!;
}

describe('one language rule for /', () => {
  it('the table covers each language the site has, and the default', () => {
    expect([...new Set(cases.map(([, to]) => to))].sort()).toEqual([...locales].sort());
  });

  it.each(cases)('Accept-Language %j: the rule picks %s', (header, expected) => {
    expect(rule(preferenceOrder(header), locales, defaultLocale)).toBe(expected);
  });

  it.each(cases)('Accept-Language %j: the page script sends to /%s/', (header, expected) => {
    expect(scriptSendsTo(preferenceOrder(header))).toBe(`/${expected}/`);
  });

  it.each(cases)('Accept-Language %j: the generated nginx maps pick %s', (header, expected) => {
    expect(nginxSendsTo(nginxLanguageMaps(locales, defaultLocale), header)).toBe(expected);
  });

  it('deploy/nginx-headers.conf holds those maps', () => {
    expect(nginxHeaders()).toContain(nginxLanguageMaps(locales, defaultLocale));
  });
});
