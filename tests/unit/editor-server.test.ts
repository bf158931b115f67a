/**
 * The editor's server (lib/editor/server.ts) and storage (lib/editor/backend.ts) over HTTP,
 * on a scratch copy of content/: what the browser asks, what a hostile page or a broken
 * client could send, and that the server answers every one of them and keeps running.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createEditorServer } from '../../lib/editor/server';

const root = mkdtempSync(path.join(tmpdir(), 'snia-editor-server-'));
const server = createEditorServer({ root, projectRoot: process.cwd() });
let base = '';

beforeAll(async () => {
  cpSync('content', path.join(root, 'content'), { recursive: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

const api = (body: unknown, headers: Record<string, string> = {}) => fetch(`${base}/api/v1`, {
  method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
});
/** fetch() will not send another Host header: node:http will. */
function withHost(host: string, urlPath: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${urlPath}`, { headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(new Response(null, { status: res.statusCode })));
    });
    req.on('error', reject);
    req.end();
  });
}
const file = (f: string) => readFileSync(path.join(root, 'content', f), 'utf8');

describe('what the editor page asks', () => {
  it('lists a collection in every language that has a file', async () => {
    const entries = await (await api({ action: 'entriesByFolder', params: { folder: 'programmes', extension: 'mdx', depth: 2 } })).json() as Array<{ file: { path: string } }>;
    expect(entries.filter((e) => e.file.path.endsWith('/03-health.mdx')).map((e) => e.file.path)).toEqual(['programmes/en/03-health.mdx', 'programmes/fr/03-health.mdx', 'programmes/ar/03-health.mdx']);
  });
  it('reads one entry from its real file', async () => {
    const entry = await (await api({ action: 'getEntry', params: { path: 'programmes/ar/03-health.mdx' } })).json() as { data: string };
    expect(entry.data).toBe(file('i18n/ar/snia/programmes/03-health.mdx'));
  });
  it('serves the editor page, its configuration and the coverage report', async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    const setup = await (await fetch(`${base}/editor.json`)).json() as { config: { collections: unknown[] } };
    expect(setup.config.collections).toHaveLength(12);
    expect(await (await fetch(`${base}/coverage/`)).text()).toMatch(/<h2>fr: (\d+)\/\1 translatable files<\/h2>/);
    expect((await fetch(`${base}/decap/decap-cms.js`)).status).toBe(200);
  });
});

describe('a save', () => {
  it('writes a valid change and answers which files it wrote', async () => {
    const before = file('iom/donors/idf.mdx');
    const raw = before.replace(/^description: .*$/m, 'description: "A new description."');
    expect(raw).not.toBe(before);
    const reply = await api({ action: 'persistEntry', params: { dataFiles: [{ path: 'donors/en/idf.mdx', raw, slug: 'idf' }], assets: [] } });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ written: ['content/iom/donors/idf.mdx'] });
    expect(file('iom/donors/idf.mdx')).toBe(raw);
  });
  it('refuses an invalid change with the build\'s messages and writes nothing', async () => {
    const before = file('snia/actions/10-1.mdx');
    const reply = await api({ action: 'persistEntry', params: { dataFiles: [{ path: 'actions/en/10-1.mdx', raw: before.replace('code: "10.1"', 'code: "3.x"'), slug: '10-1' }] } });
    expect(reply.status).toBe(422);
    const body = await reply.json() as { error: string; issues: Array<{ text: string; entryField: string; inEntry: boolean; locale: string }> };
    expect(body.issues).toEqual([expect.objectContaining({ entryField: 'code', inEntry: true, locale: 'en', text: expect.stringMatching(/^content\/snia\/actions\/10-1\.mdx › code: /) })]);
    expect(body.error).toContain(body.issues[0]!.text);
    expect(file('snia/actions/10-1.mdx')).toBe(before);
  });
});

describe('what it refuses, and still answers after', () => {
  const cases: Array<[string, () => Promise<Response>, number]> = [
    ['another site\'s page', () => api({ action: 'info' }, { origin: 'https://example.org' }), 403],
    ['another host name (DNS rebinding)', () => withHost('attacker.example', '/editor.json'), 403],
    ['a body not declared JSON (a cross-site form)', () => fetch(`${base}/api/v1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"action":"info"}' }), 415],
    ['malformed JSON', () => api('{"action":'), 400],
    ['a body too large', () => api(JSON.stringify({ action: 'info', pad: 'x'.repeat(2_000_000) })), 413],
    ['no action', () => api({}), 400],
    ['an unknown action', () => api({ action: 'deleteEverything' }), 400],
    ['a path out of content/', () => api({ action: 'getEntry', params: { path: 'programmes/en/../../../package.json' } }), 404],
    ['a save to a path out of content/', () => api({ action: 'persistEntry', params: { dataFiles: [{ path: '../../etc/passwd.mdx', raw: '---\n---\n' }] } }), 422],
    ['a save with no files', () => api({ action: 'persistEntry', params: { dataFiles: 'x' } }), 400],
    ['a deletion', () => api({ action: 'deleteFile', params: { path: 'donors/en/idf.mdx' } }), 422],
    ['an image', () => api({ action: 'persistMedia', params: { asset: { path: 'a.png' } } }), 422],
    ['a file of Decap\'s folder by a path', () => fetch(`${base}/decap/..%2Fpackage.json`), 404],
    ['another method', () => fetch(`${base}/`, { method: 'DELETE' }), 405],
  ];
  for (const [what, request, status] of cases) {
    it(`${what}: ${status}`, async () => {
      expect((await request()).status).toBe(status);
      expect((await api({ action: 'info' })).status).toBe(200);
    });
  }
});

describe('changes that are only valid together', () => {
  const donor = (slug: string) => `---\nslug: ${slug}\nname: "Example Foundation"\nsources: [iom-morocco]\nlastChecked: "2026-11-20"\n---\n`;
  const save = (editorPath: string, raw: string) => api({ action: 'persistEntry', params: { dataFiles: [{ path: editorPath, raw }] } });
  const exists = (f: string) => { try { file(f); return true; } catch { return false; } };

  it('holds a new donor until a project names it, shows it as saved meanwhile, then writes both', async () => {
    const held = await save('donors/en/example-foundation.mdx', donor('example-foundation'));
    expect(held.status).toBe(422);
    const body = await held.json() as { error: string; held: string[]; issues: Array<{ elsewhere?: boolean }> };
    expect(body.error).toMatch(/^Held, not written yet/);
    expect(body.held).toEqual(['content/iom/donors/example-foundation.mdx']);
    expect(body.issues.every((i) => i.elsewhere)).toBe(true);
    expect(exists('iom/donors/example-foundation.mdx')).toBe(false);
    // The editor lists and opens it, so a project's picker can offer it.
    const listed = await (await api({ action: 'entriesByFolder', params: { folder: 'donors' } })).json() as Array<{ file: { path: string } }>;
    expect(listed.map((e) => e.file.path)).toContain('donors/en/example-foundation.mdx');

    // An unrelated valid save is written on its own; a save with its own mistake is refused; the donor stays held.
    const sdc = file('iom/donors/sdc.mdx');
    expect((await save('donors/en/sdc.mdx', sdc.replace('lastChecked: "2026-11-23"', 'lastChecked: "2026-11-24"'))).status).toBe(200);
    expect(file('iom/donors/sdc.mdx')).toContain('lastChecked: "2026-11-24"');
    const mistake = await save('donors/en/sdc.mdx', sdc.replace('slug: sdc', 'slug: SDC'));
    expect(mistake.status).toBe(422);
    expect((await mistake.json() as { error: string }).error).toMatch(/^Not saved/);

    const yMed = file('iom/projects/y-med.mdx');
    const done = await save('projects/en/y-med.mdx', yMed.replace('donors: ["italy-ministry-of-foreign-affairs"]', 'donors: ["italy-ministry-of-foreign-affairs", "example-foundation"]'));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ written: ['content/iom/donors/example-foundation.mdx', 'content/iom/projects/y-med.mdx'], held: [] });
    expect(YAML.parse(file('iom/donors/example-foundation.mdx').split('---\n')[1]!)).toEqual({ slug: 'example-foundation', name: 'Example Foundation', sources: ['iom-morocco'], lastChecked: '2026-11-20' });
  });
});

describe('a source record and its snapshot', () => {
  it('opens with its snapshot text as a field', async () => {
    const entry = await (await api({ action: 'getEntry', params: { path: 'sources/rdpp-na.mdx' } })).json() as { data: string };
    expect((YAML.parse(entry.data.split('---\n')[1]!) as Record<string, unknown>).snapshotText).toBe(file('sources/rdpp-na.txt'));
  });
  it('saves a new source: the record without the field, the text in its own file', async () => {
    const raw = `---\nid: example-report\npublisher: "Example"\ntitle: "Example report"\nurl: "https://example.org/report"\nlanguage: en\nretrieved: "2026-11-20"\nsnapshot: passages\nsnapshotText: "The example report says what it says."\nrecordedIn: "SOURCES-MORE.md"\ntier: press\n---\n`;
    const reply = await api({ action: 'persistEntry', params: { dataFiles: [{ path: 'sources/example-report.mdx', raw }] } });
    expect(reply.status, JSON.stringify(await reply.clone().json())).toBe(200);
    expect(file('sources/example-report.txt')).toBe('The example report says what it says.\n');
    expect(file('sources/example-report.mdx')).not.toContain('snapshotText');
  });
  it('refuses a record whose snapshot was emptied, and keeps the old text', async () => {
    const record = file('sources/rdpp-na.mdx').replace('tier: donor-government', 'tier: donor-government\nsnapshotText: ""');
    const reply = await api({ action: 'persistEntry', params: { dataFiles: [{ path: 'sources/rdpp-na.mdx', raw: record }] } });
    expect(reply.status).toBe(422);
    expect((await reply.json() as { error: string }).error).toContain('content/sources/rdpp-na.mdx › snapshot: content/sources/rdpp-na.txt is missing or empty');
    expect(file('sources/rdpp-na.txt').trim()).not.toBe('');
  });
});
