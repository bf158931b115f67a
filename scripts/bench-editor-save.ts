/**
 * `npx tsx scripts/bench-editor-save.ts [runs]`: how long the editor takes to answer a save
 * (the whole content checked on a copy, then written), valid and refused, on a scratch copy
 * of content/. A benchmark for the notes, not a test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEditorServer } from '../lib/editor/server';

const runs = Number(process.argv[2] ?? 10);
const root = mkdtempSync(path.join(tmpdir(), 'snia-editor-bench-'));
cpSync(path.resolve(__dirname, '../content'), path.join(root, 'content'), { recursive: true });
const server = createEditorServer({ root, projectRoot: path.resolve(__dirname, '..') });

async function main(): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const original = readFileSync(path.join(root, 'content/iom/donors/idf.mdx'), 'utf8');
  const save = async (raw: string) => {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'persistEntry', params: { dataFiles: [{ path: 'donors/en/idf.mdx', raw }] } }) });
    await res.json();
    return { ms: performance.now() - started, status: res.status };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [label, make] of [
    ['valid save', (i: number) => original.replace(/^description: .*$/m, `description: "Version ${String.fromCharCode(97 + (i % 26))} of this description."`)],
    ['refused save', () => original.replace('slug: idf', 'slug: IDF')],
  ] as const) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await save(make(i)));
    const times = results.map((r) => r.ms);
    console.log(`${label}: status ${[...new Set(results.map((r) => r.status))].join('/')}, median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${runs} runs)`);
  }
  server.close();
  rmSync(root, { recursive: true, force: true });
}

void main();
