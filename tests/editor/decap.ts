/**
 * Decap CMS's screens as the tests use them, in one place: its markup has no test ids, so
 * every selector that depends on it is here (decap-cms is pinned exactly in package.json).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens one entry's form, e.g. ('programmes', '03-health'), or a new entry's ('donors', null). */
export async function openEntry(page: Page, collection: string, file: string | null): Promise<void> {
  await page.goto('/');
  // The local backend asks for a click, not a password, once a session.
  const login = page.getByRole('button', { name: 'Login' });
  const collections = page.getByRole('link', { name: 'Programmes' });
  await expect(login.or(collections)).toBeVisible();
  if (await login.isVisible()) await login.click();
  await page.goto(file === null ? `/#/collections/${collection}/new` : `/#/collections/${collection}/entries/${file}`);
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
}

/**
 * A field's input by its label: the English pane's, or the translation pane's beside it.
 * Through the label's `for`: Decap hides the translation pane from the accessibility tree's
 * names (its label then reads "Summary (optional)"), so getByLabel would not find it.
 */
export async function field(page: Page, label: string, pane: 'base' | 'translation' = 'base'): Promise<Locator> {
  const labels = page.locator('label[for]').filter({ hasText: new RegExp(`^${label}( \\(optional\\))?$`) });
  const id = await labels.nth(pane === 'base' ? 0 : 1).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Chooses the language of the translation pane ("fr", "ar"); it opens in French. */
export async function translationPane(page: Page, locale: string): Promise<void> {
  const current = page.getByRole('button', { name: /^Writing in (FR|AR)$/ });
  await expect(current).toBeVisible();
  if ((await current.innerText()).trim() === `Writing in ${locale.toUpperCase()}`) return;
  await current.click();
  await page.getByText(locale, { exact: true }).click();
  await expect(page.getByRole('button', { name: `Writing in ${locale.toUpperCase()}` })).toBeVisible();
}

/** Saves: Decap's "Publish" menu, "Publish now" (the local backend has no drafts). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

/** Decap's notice after a save the backend accepted. */
export const savedNotice = (page: Page) => page.getByText('Entry saved', { exact: true });
/** Decap's notice after a save the backend held until another completes it (lib/editor/backend.ts). */
export const heldNotice = (page: Page) => page.getByText(/^Failed to persist entry: API_ERROR: Held, not written yet: this change needs another one/);
/** Decap's notice after a save the backend refused: "Failed to persist entry: API_ERROR: <our message>". */
export const refusedNotice = (page: Page) => page.getByText(/^Failed to persist entry: API_ERROR: Not saved: the content checks found/);

/** Picks a document in a picker field: types its id and clicks the option Decap lists ("<id> <title>"). */
export async function pick(page: Page, label: string, id: string): Promise<void> {
  await (await field(page, label)).fill(id);
  await page.locator('[id*="-option-"]').filter({ hasText: new RegExp(`^${id} `) }).click();
}
