/**
 * The build's Content-Security-Policy blesses only the framework's and the site's own inline
 * code (scripts/csp-classify.mjs): code that content slips into a page is never hashed, and
 * scripts/write-headers.mjs fails the build naming the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../deploy/security-headers.mjs';
import { pickLanguage, siteInlineScripts } from '../../lib/inline-scripts';
import { classifyPage, sha256, withPolicy } from '../../scripts/csp-classify.mjs';

const css = 'body{margin:0}';
/** The inline code of a page as Next 16 exports it (taken from a built page, payload shortened). */
const nextHead = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script><title>OSP 5</title></head>';
const nextScripts = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
  '(self.__next_f=self.__next_f||[]).push([0])',
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n"])',
];
const page = (body: string) =>
  `${nextHead}<body><main>${body}</main><script type="application/ld+json">{"@type":"BreadcrumbList"}</script>${nextScripts.map((s, i) => `<script${i === 0 ? ' id="_R_"' : ''}>${s}</script>`).join('')}</body></html>`;
const classify = (html: string) => classifyPage(html, { ownScripts: siteInlineScripts, ownStyles: [css] });

describe('classifyPage', () => {
  it('hashes Next\'s inline scripts and nothing else on a clean page', () => {
    const { scriptHashes, styleHashes, rejected } = classify(page('<p>Health services</p>'));
    expect(rejected).toEqual([]);
    expect(scriptHashes.sort()).toEqual(nextScripts.map(sha256).sort());
    expect(styleHashes).toEqual([]);
  });

  it('hashes the site\'s own inline script (the language pick on /) and its compiled CSS', () => {
    const { scriptHashes, styleHashes, rejected } = classify(page(`<script>${pickLanguage}</script><style>${css}</style>`));
    expect(rejected).toEqual([]);
    expect(scriptHashes).toContain(sha256(pickLanguage));
    expect(styleHashes).toEqual([sha256(css)]);
  });

  it.each([
    ['a plain script', '<script>alert(1)</script>', 'alert(1)'],
    ['a module script', '<script type=module>alert(1)</script>', 'alert(1)'],
    ['an upper-case script', '<SCRIPT>alert(1)</SCRIPT>', 'alert(1)'],
    ['a JavaScript type with a trailing space', '<script type="text/javascript ">alert(1)</script>', 'alert(1)'],
    ['code dressed as Next\'s payload', '<script>self.__next_f.push(1);alert(1);self.__next_f.push(1)</script>', 'self.__next_f.push(1);alert(1);self.__next_f.push(1)'],
    ['code dressed as Next\'s bootstrap', '<script>(self.__next_f=self.__next_f||[]).push([0]);alert(1)</script>', '(self.__next_f=self.__next_f||[]).push([0]);alert(1)'],
  ])('rejects %s and never hashes it', (_, injected, body) => {
    const { scriptHashes, rejected } = classify(page(`<p>Text</p>${injected}`));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/inline <script>/);
    expect(scriptHashes).not.toContain(sha256(body));
    expect(pagePolicy(scriptHashes)).not.toContain(sha256(body));
  });

  it('rejects an injected <style> and never hashes it', () => {
    const { styleHashes, rejected } = classify(page('<style>body{display:none}</style>'));
    expect(rejected).toEqual([expect.stringMatching(/inline <style>/)]);
    expect(styleHashes).not.toContain(sha256('body{display:none}'));
  });

  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /meta http-equiv/],
    ['a second policy', '<meta http-equiv="Content-Security-Policy" content="script-src *">', /meta http-equiv/],
    ['an inline event handler', '<img src="x" onerror="alert(1)">', /event handler/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript: URL/],
  ])('rejects %s, which a policy would not stop', (_, injected, reason) => {
    expect(classify(page(injected)).rejected).toEqual([expect.stringMatching(reason)]);
  });

  it('does not mistake text about scripts for a script', () => {
    expect(classify(page('<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=1</p>')).rejected).toEqual([]);
  });
});

describe('withPolicy', () => {
  it('puts the policy before any script, right after <meta charset>', () => {
    const html = withPolicy(page('<p>x</p>'), pagePolicy(['sha256-abc']));
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(html.slice(0, meta)).toBe(`${nextHead.slice(0, nextHead.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length)}<meta `);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
  });
});

describe('write-headers.mjs', () => {
  /** Runs write-headers.mjs on a scratch build holding these pages; returns its result and the pages after. */
  function run(pages: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'write-headers-test-'));
    try {
      for (const [file, html] of Object.entries(pages)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), html);
      }
      const { status, stderr } = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/write-headers.mjs', dir], { encoding: 'utf8' });
      const after = Object.fromEntries(Object.keys(pages).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
      return { status, stderr, after };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('writes each page\'s policy into the page', () => {
    const result = run({ 'en/index.html': page('<p>ok</p>') });
    expect(result.status).toBe(0);
    const html = result.after['en/index.html'];
    for (const script of nextScripts) expect(html).toContain(sha256(script));
  });

  it('fails the build naming the page that holds an injected script, and writes nothing', () => {
    const clean = page('<p>ok</p>');
    const result = run({ 'en/index.html': clean, 'en/objectives/osp-5/index.html': page('<p>x</p><script>alert(1)</script>') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/en/objectives/osp-5/index.html: inline <script>');
    expect(result.stderr).toContain('alert(1)');
    expect(result.after['en/index.html']).toBe(clean);
  });
});
