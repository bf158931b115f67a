/**
 * Synthetic but valid content at k × today's volume, for the build benchmark: the real
 * content/ plus k−1 renumbered copies of its programmes, objectives, actions, projects,
 * donors and partners, with every reference (frontmatter and MDX body) pointing into the
 * same copy. Thematic areas, sources, contacts and the two overviews stay single; the
 * strategy's totals follow the new counts so every structural check still holds.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PROGRAMMES = 11;
const OBJECTIVES = 27;
const COPIED = ['snia/programmes', 'snia/objectives', 'snia/actions', 'iom/projects', 'iom/donors', 'iom/partners'];

const slugsIn = (dir) => readdirSync(dir).map((f) => /^slug: (\S+)$/m.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]).filter(Boolean);

/** Rewrites one file's codes, numbers and slugs into copy `c` (c ≥ 1). */
function renumber(text, c, slugs) {
  const suffix = (slug) => (slugs.has(slug) ? `${slug}-copy${c}` : slug);
  const list = (items) => items.replace(/([a-z0-9-]+)/g, (s) => suffix(s));
  return text
    .replace(/"OSP (\d+)"/g, (_, n) => `"OSP ${Number(n) + OBJECTIVES * c}"`)
    .replace(/"(\d+)\.(\d+)"/g, (_, p, x) => `"${Number(p) + PROGRAMMES * c}.${x}"`)
    .replace(/^number: (\d+)$/m, (_, n) => `number: ${Number(n) + PROGRAMMES * c}`)
    .replace(/^(programme|slug|area): (\S+)$/gm, (_, key, s) => `${key}: ${suffix(s)}`)
    .replace(/^(donors|partners|snia): \[(.*)\]$/gm, (_, key, items) => `${key}: [${list(items)}]`)
    .replace(/slug="([^"]+)"/g, (_, s) => `slug="${suffix(s)}"`);
}

/** Writes content at `factor` × today's volume into `target` (a copy of `source` first). */
export function generateContent(source, target, factor) {
  cpSync(source, target, { recursive: true });
  const slugs = new Set(COPIED.filter((d) => d !== 'snia/objectives' && d !== 'snia/actions').flatMap((d) => slugsIn(path.join(source, d))));
  for (let c = 1; c < factor; c += 1) {
    for (const dir of COPIED) {
      for (const file of readdirSync(path.join(source, dir))) {
        const text = readFileSync(path.join(source, dir, file), 'utf8');
        writeFileSync(path.join(target, dir, file.replace(/\.mdx$/, `-copy${c}.mdx`)), renumber(text, c, slugs));
      }
    }
  }
  const strategy = path.join(target, 'snia/strategy.mdx');
  writeFileSync(
    strategy,
    readFileSync(strategy, 'utf8')
      .replace(/^(\s+)programmes: (\d+)$/m, (_, s, n) => `${s}programmes: ${Number(n) * factor}`)
      .replace(/^(\s+)objectives: (\d+)$/m, (_, s, n) => `${s}objectives: ${Number(n) * factor}`)
      .replace(/^(\s+)actions: (\d+)$/m, (_, s, n) => `${s}actions: ${Number(n) * factor}`),
  );
  return readdirSync(target, { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
}
