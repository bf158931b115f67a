/**
 * The timeline: every dated reported fact in the content files, oldest first, in each
 * language. The count and the dates are read from the content files, never typed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { languages } from './site';

const CONTENT = path.resolve(__dirname, '../../content');
const factFiles = ['snia/programmes', 'iom/projects', 'topics']
  .flatMap((dir) => readdirSync(path.join(CONTENT, dir)).filter((f) => f.endsWith('.mdx')).map((f) => path.join(CONTENT, dir, f)));
/** The dates of reported facts: `date:` lines inside a file's `reported:` list. */
const datedFacts = factFiles.flatMap((file) => {
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
  const reported = /^reported:\n([\s\S]*?)(?=^\S)/m.exec(`${fm}\n.`)?.[1] ?? '';
  return [...reported.matchAll(/^ {4}date: "(\d{4}(?:-\d{2}){0,2})"$/gm)].map((m) => m[1]!);
}).sort();

/** Conflicts in which at least two sides carry a `date:` (8-space indented under `sides:`). */
const datedSides = factFiles.flatMap((file) => {
  const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
  const conflicts = /^conflicts:\n([\s\S]*?)(?=^\S)/m.exec(`${fm}\n.`)?.[1] ?? '';
  return conflicts.split(/^ {2}- topic: /m).slice(1).map((block) => (block.match(/^ {8}date: /gm) ?? []).length).filter((n) => n >= 2);
});

test('dates the sources dispute are drawn as a range, each side with its date and source', async ({ page }) => {
  for (const l of languages) {
    await page.goto(`/${l}/timeline/`);
    const disputed = page.getByTestId('timeline-disputed');
    await expect(disputed).toHaveCount(datedSides.length);
    // A range (two dates), then one line per dated side, each naming its source.
    await expect(disputed.locator('p:first-child time')).toHaveCount(2 * datedSides.length);
    await expect(disputed.getByTestId('source-words').locator('li')).toHaveCount(datedSides.reduce((a, b) => a + b, 0));
  }
});

test('the timeline lists every dated reported fact, oldest first, each with the page it stands on and its source, in each language', async ({ page }) => {
  for (const l of languages) {
    await page.goto(`/${l}/timeline/`);
    const entries = page.getByTestId('timeline-entry');
    await expect(entries).toHaveCount(datedFacts.length);
    const dates = await entries.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual(datedFacts);
    // Years are headings a screen reader can jump between.
    await expect(page.getByRole('heading', { level: 2, name: datedFacts[0]!.slice(0, 4), exact: true })).toBeVisible();
    for (const i of [0, datedFacts.length - 1]) {
      await expect(entries.nth(i).getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${l}/`));
      await expect(entries.nth(i).getByTestId('source-words').getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
    }
  }
});
