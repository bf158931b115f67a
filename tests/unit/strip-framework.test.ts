import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clientModuleIds,
  clientModuleSources,
  HYDRATED_PAGES,
  planPage,
  RENDER_ONLY_CLIENT_MODULES,
  rscPayload,
  stripSite,
  withoutFramework,
  withoutScripts,
} from '../../scripts/strip-framework.mjs';

const ROOT = path.resolve(__dirname, '../..');

/** One RSC payload script, as Next writes it: a JSON array [1, text]. */
const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text])})</script>`;

/**
 * A page as Next exports it, in the shape of a real one (out/en/objectives/osp-5/index.html):
 * framework files, the chunk list, the bootstrap, the payload in two pushes (a row split
 * across them), a preload, JSON-LD, and whatever `extra` markup the site adds.
 */
function builtPage({ clientIds = ['39756'], extra = '' }: { clientIds?: string[]; extra?: string } = {}) {
  const rows = ['1:"$Sreact.fragment"', '2:"/_next/static/chunks/a.js"', ...clientIds.map((id, i) => `${i + 3}:I[${id},["$2"],"default"]`), '9:["$","p",null,{"children":"Text"}]'].join('\n');
  const cut = Math.floor(rows.length / 2);
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
    '<title>Page</title></head><body><main><p>Text</p>',
    '<script type="application/ld+json">{"@type":"Thing"}</script>',
    extra,
    '</main>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b.js"],"runtimeModuleIds":[1]});</script>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    push(`${rows.slice(0, cut)}`),
    push(`${rows.slice(cut)}\n`),
    '</body></html>',
  ].join('');
}

const OWN_SCRIPT = '<script>(function(){document.title="own"})()</script>';
const sources = new Map([
  ['39756', 'node_modules/next/dist/esm/client/components/layout-router.js'],
  ['55737', 'components/layout/language-switcher.client.tsx'],
  ['10197', 'components/iom/funding-table.client.tsx'],
  ['77898', 'components/search/search.client.tsx'],
]);

describe('withoutFramework', () => {
  const stripped = withoutFramework(builtPage({ extra: OWN_SCRIPT }));

  it('removes every script of the framework and its script preload', () => {
    expect(stripped).not.toMatch(/<script src=/);
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('TURBOPACK');
    expect(stripped).not.toContain('rel="preload"');
  });

  it('keeps the content, the CSS, JSON-LD and the site\'s own inline scripts', () => {
    expect(stripped).toContain('<main><p>Text</p>');
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Thing"}</script>');
    expect(stripped).toContain(OWN_SCRIPT);
    expect([...stripped.matchAll(/<script\b/g)]).toHaveLength(2);
  });

  it('keeps a script file that is not the framework\'s', () => {
    const page = builtPage({ extra: '<script src="/pagefind/pagefind-ui.js"></script>' });
    expect(withoutFramework(page)).toContain('<script src="/pagefind/pagefind-ui.js"></script>');
  });
});

describe('withoutScripts (the benchmark\'s script-free page)', () => {
  it('removes the site\'s own scripts too, and keeps JSON-LD', () => {
    const bare = withoutScripts(builtPage({ extra: OWN_SCRIPT }));
    expect([...bare.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="application/ld+json">']);
    expect(bare).not.toContain('rel="preload"');
  });
});

describe('reading the payload', () => {
  it('joins the pushes and lists the client modules of its I rows, a row split across two pushes included', () => {
    const page = builtPage({ clientIds: ['39756', '55737', '10197'] });
    expect(rscPayload(page)).toContain('4:I[55737,["$2"],"default"]');
    expect(clientModuleIds(rscPayload(page))).toEqual(['39756', '55737', '10197']);
  });

  it('maps module ids to source files from the client reference manifests', () => {
    const next = mkdtempSync(path.join(tmpdir(), 'strip-next-'));
    try {
      const dir = path.join(next, 'server/app/[locale]/funding');
      mkdirSync(dir, { recursive: true });
      const manifest = { '/[locale]/funding/page': { clientModules: { '[project]/components/iom/funding-table.client.tsx': { id: 10197, name: '*' }, '[project]/node_modules/next/dist/client/app-dir/link.js': { id: 22016, name: '*' } } } };
      writeFileSync(path.join(dir, 'page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[locale]/funding/page"] = ${JSON.stringify(manifest['/[locale]/funding/page'])};`);
      expect(Object.fromEntries(clientModuleSources(next))).toEqual({ 10197: 'components/iom/funding-table.client.tsx', 22016: 'node_modules/next/dist/client/app-dir/link.js' });
      rmSync(path.join(dir, 'page_client-reference-manifest.js'));
      expect(() => clientModuleSources(next)).toThrow(/no client reference manifest/);
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('planPage', () => {
  it('strips a page whose client components are the framework\'s or render-only', () => {
    const plan = planPage('en/objectives/osp-5/index.html', builtPage({ clientIds: ['39756', '55737'] }), sources);
    expect(plan.problem).toBeUndefined();
    expect(plan.html).toBe(withoutFramework(builtPage({ clientIds: ['39756', '55737'] })));
  });

  it('fails a page that renders a client component of the site and is not declared hydrated, naming both', () => {
    expect(planPage('en/funding/index.html', builtPage({ clientIds: ['39756', '10197'] }), sources)).toEqual({
      problem: expect.stringMatching(/^en\/funding\/index\.html renders components\/iom\/funding-table\.client\.tsx, which need/),
    });
  });

  it('fails a page with a client module no manifest names', () => {
    expect(planPage('en/x/index.html', builtPage({ clientIds: ['424242'] }), sources).problem).toMatch(/unknown client module 424242/);
  });

  it('keeps a declared page whole, and fails a declared page that no longer needs its runtime', () => {
    expect(planPage('fr/search/index.html', builtPage({ clientIds: ['39756', '77898'] }), sources)).toEqual({ keep: true });
    expect(planPage('fr/search/index.html', builtPage({ clientIds: ['39756'] }), sources).problem).toMatch(/declared hydrated but renders no client component/);
  });

  it('declares the search pages only', () => {
    const declared = ['en', 'fr', 'ar'].flatMap((l) => [`${l}/search/index.html`, `${l}/objectives/osp-5/index.html`, `${l}/index.html`]).filter((p) => HYDRATED_PAGES.some((h) => h.page.test(p)));
    expect(declared).toEqual(['en/search/index.html', 'fr/search/index.html', 'ar/search/index.html']);
  });
});

describe('render-only client modules', () => {
  it('hold no state, effect, ref or event handler: their HTML is all they do', () => {
    const interactive = /\buse(State|Reducer|Effect|LayoutEffect|InsertionEffect|Ref|SyncExternalStore|Transition|Optimistic|ActionState)\b|\son[A-Z]\w*=|\bwindow\b|\bdocument\b/;
    for (const file of RENDER_ONLY_CLIENT_MODULES) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).not.toMatch(interactive);
    }
  });
});

describe('stripSite', () => {
  let site: string;
  let next: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };
  beforeEach(() => {
    site = mkdtempSync(path.join(tmpdir(), 'strip-site-'));
    next = mkdtempSync(path.join(tmpdir(), 'strip-next-'));
    mkdirSync(path.join(next, 'server/app'), { recursive: true });
    const clientModules = Object.fromEntries([...sources].map(([id, source]) => [`[project]/${source}`, { id: Number(id), name: '*' }]));
    writeFileSync(path.join(next, 'server/app/page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST["/page"] = ${JSON.stringify({ clientModules })};`);
    write('en/objectives/osp-5/index.html', builtPage({ clientIds: ['39756', '55737'] }));
    for (const f of ['index.txt', '__next._full.txt', '__next.$d$locale.__PAGE__.txt']) write(`en/objectives/osp-5/${f}`, 'payload');
    write('en/search/index.html', builtPage({ clientIds: ['39756', '77898'] }));
    write('en/search/index.txt', 'payload');
    write('robots.txt', 'User-agent: *');
  });
  afterEach(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  });

  it('strips the pages that may lose the runtime and deletes their payload files; declared pages and other files stay', () => {
    expect(stripSite(site, next)).toEqual({ problems: [], stripped: 1, kept: 1 });
    expect(readFileSync(path.join(site, 'en/objectives/osp-5/index.html'), 'utf8')).not.toContain('__next_f');
    expect(['index.txt', '__next._full.txt', '__next.$d$locale.__PAGE__.txt'].filter((f) => existsSync(path.join(site, 'en/objectives/osp-5', f)))).toEqual([]);
    expect(readFileSync(path.join(site, 'en/search/index.html'), 'utf8')).toBe(builtPage({ clientIds: ['39756', '77898'] }));
    expect(existsSync(path.join(site, 'en/search/index.txt'))).toBe(true);
    expect(existsSync(path.join(site, 'robots.txt'))).toBe(true);
  });

  it('changes nothing when one page would lose a client component it needs', () => {
    write('en/funding/index.html', builtPage({ clientIds: ['39756', '10197'] }));
    const { problems } = stripSite(site, next);
    expect(problems).toEqual([expect.stringContaining('en/funding/index.html renders components/iom/funding-table.client.tsx')]);
    expect(readFileSync(path.join(site, 'en/objectives/osp-5/index.html'), 'utf8')).toBe(builtPage({ clientIds: ['39756', '55737'] }));
    expect(existsSync(path.join(site, 'en/objectives/osp-5/index.txt'))).toBe(true);
  });
});
