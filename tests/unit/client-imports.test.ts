import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What runs in the browser must not pull in the content model: lib/routes.ts imports the
 * entity table and its zod schemas, and one value import of it from the language switcher
 * once added 34 KB gzip of zod to every page. This walks the value imports (not `import type`)
 * of every client module and lists the server-only modules it reaches.
 */
const ROOT = path.resolve(__dirname, '../..');
const SERVER_ONLY = [/^zod$/, /^contentlayer/, /lib\/content\//, /lib\/routes\.ts$/, /lib\/catalogue\.ts$/];

function clientModules(): string[] {
  return ['app', 'components', 'lib'].flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f))
    .filter((f) => /^\s*['"]use client['"]/m.test(readFileSync(f, 'utf8'))));
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith('/'));
}

/** Value imports of a module: `import x from`, `import { a } from`, `export … from`; not `import type`. */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2])!);
}

function serverOnlyReached(entry: string): string[] {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      const local = specifier.startsWith('.') || specifier.startsWith('@/') ? resolveLocal(file, specifier) : undefined;
      const name = local ? path.relative(ROOT, local) : specifier;
      if (SERVER_ONLY.some((pattern) => pattern.test(name))) reached.add(name);
      else if (local) walk(local);
    }
  };
  walk(entry);
  return [...reached];
}

describe('browser code (modules marked "use client")', () => {
  const modules = clientModules();

  it('are the modules named *.client.tsx, so a reader can tell them apart', () => {
    const named = ['app', 'components', 'lib'].flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.client.tsx')).map((f) => path.join(ROOT, dir, f)));
    expect(modules.sort()).toEqual(named.sort());
  });

  it('imports nothing of the content model, its schemas or the URL table', () => {
    expect(Object.fromEntries(modules.map((f) => [path.relative(ROOT, f), serverOnlyReached(f)]).filter(([, r]) => r!.length > 0))).toEqual({});
  });
});
