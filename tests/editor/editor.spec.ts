/**
 * The content editor (`npm run edit`) in Chromium, on a scratch copy of the project
 * (playwright.editor.config.ts): a translator changes a French summary, an editor adds a
 * donor to a project, a mistyped code is refused on its field; then the scratch copy is
 * built and its site compared with out/; and nothing of the editor is in either site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import YAML from 'yaml';
import { formatIssue, issuesWithChanges } from '../../lib/editor/validate';
import { field, heldNotice, openEntry, pick, publish, refusedNotice, savedNotice, translationPane } from './decap';
import { scratchDir } from './scratch';

test.describe.configure({ mode: 'serial' });

const content = (file: string) => path.join(scratchDir, 'content', file);
const read = (file: string) => readFileSync(content(file), 'utf8');
const frontmatter = (text: string) => YAML.parse(text.split('---\n')[1]!) as Record<string, unknown>;

/** Every file under a folder with its bytes' hash: what "nothing written" compares. */
function snapshotOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(files.flatMap((f) => {
    try {
      return [[f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')] as [string, string]];
    } catch {
      return []; // a folder
    }
  }));
}

/** Fails the test on any request that leaves this computer: the editor needs no outside service. */
async function stayLocal(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}

const FRENCH_SUMMARY = 'Permettre aux migrants et aux réfugiés de se soigner dans les mêmes conditions que les Marocains.';
const FR_HEALTH = 'i18n/fr/snia/programmes/03-health.mdx';
const Y_MED = 'iom/projects/y-med.mdx';

test('a translator changes a programme summary in French: the French file changes in that field only', async ({ page }) => {
  const outside = await stayLocal(page);
  const before = read(FR_HEALTH);
  await openEntry(page, 'programmes', '03-health');
  await translationPane(page, 'fr');
  await (await field(page, 'Summary', 'translation')).fill(FRENCH_SUMMARY);
  await publish(page);
  await expect(savedNotice(page)).toBeVisible();

  const after = read(FR_HEALTH);
  expect(frontmatter(after)).toEqual({ ...frontmatter(before), summary: FRENCH_SUMMARY });
  // A one-field change is a one-line diff: the rest of the file is byte for byte as it was.
  const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
  expect(changed).toEqual([`summary: "${FRENCH_SUMMARY}"`]);
  expect(outside).toEqual([]);
});

test('the Arabic pane writes right to left', async ({ page }) => {
  await openEntry(page, 'programmes', '03-health');
  await translationPane(page, 'ar');
  const summary = await field(page, 'Summary', 'translation');
  await expect(summary).toHaveCSS('direction', 'rtl');
  expect(await summary.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ar');
  // Fields inside a list too: each reported fact's statement, English left to right, Arabic right to left.
  const facts = (frontmatter(read('snia/programmes/03-health.mdx')).reported as unknown[]).length;
  const statements = await page.locator('label[for]').filter({ hasText: /^Statement( \(optional\))?$/ })
    .evaluateAll((labels) => labels.map((label) => {
      const input = document.getElementById(label.getAttribute('for')!)!;
      return `${getComputedStyle(input).direction} ${input.closest('[lang]')?.getAttribute('lang')}`;
    }));
  expect(statements).toEqual([...Array<string>(facts).fill('ltr en'), ...Array<string>(facts).fill('rtl ar')]);
});

test('the translation coverage report is one click away', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Translation coverage' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translation coverage');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^fr: \d+\/\d+ translatable files$/, /^ar: \d+\/\d+ translatable files$/]);
});

test('an editor adds a donor to a project with the picker: the project names it', async ({ page }) => {
  const outside = await stayLocal(page);
  const before = frontmatter(read(Y_MED));
  await openEntry(page, 'projects', 'y-med');
  // Opening a form changes nothing: once its pickers show their labels, nothing is unsaved.
  const italy = frontmatter(read('iom/donors/italy-ministry-of-foreign-affairs.mdx')).name as string;
  await expect(page.getByText(`italy-ministry-of-foreign-affairs ${italy}`, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Unsaved Changes', { exact: true })).toHaveCount(0);
  await pick(page, 'Donors', 'european-union');
  await publish(page);
  await expect(savedNotice(page)).toBeVisible();
  expect(frontmatter(read(Y_MED))).toEqual({ ...before, donors: [...(before.donors as string[]), 'european-union'] });
  expect(outside).toEqual([]);
});

const NEW_DONOR = { slug: 'example-foundation', name: 'Example Foundation' };

test('an NGO volunteer adds a new donor and names it in its project: the donor waits for the project, then both are written', async ({ page }) => {
  const outside = await stayLocal(page);
  const donorFile = `iom/donors/${NEW_DONOR.slug}.mdx`;
  await openEntry(page, 'donors', null);
  await (await field(page, 'Slug')).fill(NEW_DONOR.slug);
  await (await field(page, 'Name')).fill(NEW_DONOR.name);
  await pick(page, 'Sources', 'iom-morocco');
  await (await field(page, 'Last checked')).fill('2026-11-20');
  await publish(page);
  // A donor must fund a project: alone it is held, not written, and says why on its field.
  await expect(heldNotice(page)).toBeVisible();
  await expect(page.getByText(`content/${donorFile} › slug: donor "${NEW_DONOR.slug}" funds no project`, { exact: true })).toBeVisible();
  expect(existsSync(content(donorFile))).toBe(false);

  const before = frontmatter(read(Y_MED));
  page.on('dialog', (dialog) => dialog.accept()); // Decap asks before leaving an unsaved form
  await openEntry(page, 'projects', 'y-med');
  await pick(page, 'Donors', NEW_DONOR.slug);
  await publish(page);
  await expect(savedNotice(page)).toBeVisible();
  expect(frontmatter(read(Y_MED)).donors).toEqual([...(before.donors as string[]), NEW_DONOR.slug]);
  expect(frontmatter(read(donorFile))).toEqual({ slug: NEW_DONOR.slug, name: NEW_DONOR.name, sources: ['iom-morocco'], lastChecked: '2026-11-20' });
  expect(outside).toEqual([]);
});

test('a mistyped action code is refused on its field with the build\'s message, and nothing is written', async ({ page }) => {
  const file = 'snia/actions/10-1.mdx';
  const original = read(file);
  const before = snapshotOf(path.join(scratchDir, 'content'));
  // The message `npm run content` gives for the same file: computed, not copied.
  const candidate = original.replace('code: "10.1"', 'code: "3.x"');
  expect(candidate).not.toBe(original);
  const expected = issuesWithChanges(path.join(scratchDir, 'content'), new Map([[file, candidate]]))
    .filter((i) => i.file === file && i.field === 'code').map(formatIssue);
  expect(expected).toHaveLength(1);

  await openEntry(page, 'actions', '10-1');
  await (await field(page, 'Code')).fill('3.x');
  await publish(page);
  await expect(refusedNotice(page)).toBeVisible();
  await expect(page.getByText(expected[0]!, { exact: true })).toBeVisible();
  expect(snapshotOf(path.join(scratchDir, 'content'))).toEqual(before);
});


const rowsOf = (html: string) => html.match(/<tr[\s>]/g)?.length ?? 0;

test('the edited copy builds: the French page shows the new summary, the funding table and CSV gain both pairs, the new donor has its page', async () => {
  test.setTimeout(15 * 60_000);
  // contentlayer finds its project through $PWD, not the process's cwd.
  const { status, stdout, stderr } = spawnSync('npm', ['run', 'build'], {
    cwd: scratchDir, env: { ...process.env, PWD: scratchDir, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${stdout}${stderr}`;
  expect(status, output.slice(-3000)).toBe(0);

  const site = path.resolve('out');
  const edited = path.join(scratchDir, 'out');
  expect(readFileSync(path.join(edited, 'fr/programmes/health/index.html'), 'utf8')).toContain(FRENCH_SUMMARY);

  // Two pairs added: the European Union and the new donor, both funding Y-Med.
  const csv = (dir: string) => readFileSync(path.join(dir, 'data/funding.csv'), 'utf8').trim().split('\n');
  const pairs = (lines: string[]) => lines.filter((line) => /^(european-union|example-foundation),[^,]*,y-med,/.test(line));
  expect(csv(edited)).toHaveLength(csv(site).length + 2);
  expect(pairs(csv(edited))).toHaveLength(2);
  expect(pairs(csv(site))).toHaveLength(0);

  const table = (dir: string) => readFileSync(path.join(dir, 'en/funding/index.html'), 'utf8');
  expect(rowsOf(table(edited))).toBe(rowsOf(table(site)) + 2);
  expect(existsSync(path.join(edited, `en/donors/${NEW_DONOR.slug}/index.html`))).toBe(true);
});

test('nothing of the editor is in the published site', () => {
  for (const dir of [path.resolve('out'), path.join(scratchDir, 'out')]) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    // A folder or file of the editor's own names (not a word like "editorial" in a page's address).
    expect(files.filter((f) => /(^|\/)(decap[^/]*|editor(\.[^/]*)?|keystatic[^/]*|admin)(\/|$)/i.test(f)), dir).toEqual([]);
    const traces = files.filter((f) => /\.(html|js|css|json|txt|xml)$/.test(f)).filter((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return ['decap-cms', 'CMS_MANUAL_INIT', '/api/v1', '/editor.json', 'editor/editor.js'].some((trace) => text.includes(trace));
    });
    expect(traces, dir).toEqual([]);
  }
});
