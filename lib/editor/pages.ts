/**
 * What the editor's server computes from the content as it is on disk: the ids its pickers
 * offer, and the translation coverage page (the same rows as `npm run i18n:coverage`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentTypeNames, entityTable, idOf } from '../content/entities';
import { ContentError } from '../content/errors';
import { listContentFiles } from '../content/load';
import { translationCoverage } from '../content/translations';
import { editorCollectionOf, editorCollections } from './collections';
import type { IdsByType } from './config';
import { titleFieldOf } from './config';
import { formatIssue, loadContentDir, readDocument } from './validate';

/** Every base document's id and title, by type, read from the files (valid or not). */
export function currentIds(contentDir: string): IdsByType {
  const ids: IdsByType = {};
  const files = listContentFiles(contentDir);
  for (const type of documentTypeNames) {
    if (!(entityTable[type] as { id?: string }).id) continue;
    const collection = editorCollectionOf(type);
    ids[type] = files.filter((f) => collection.pattern.test(f)).flatMap((file) => {
      const doc = readDocument({ file, text: readFileSync(path.join(contentDir, file), 'utf8') });
      return doc ? [{ id: idOf(type, doc), label: String(doc[titleFieldOf(type)] ?? '') }] : [];
    });
  }
  return ids;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A file that lacks a translation, as a link to its form (the translation pane is beside the English). */
function missingLink(baseFile: string): string {
  const collection = editorCollections.find((c) => c.pattern.test(baseFile));
  const label = `<code>content/${escapeHtml(baseFile)}</code>`;
  return collection ? `<a href="/#/collections/${collection.name}/entries/${escapeHtml(path.posix.basename(baseFile, '.mdx'))}">${label}</a>` : label;
}

/** The coverage report as a small page; the content's problems instead if it does not load. */
export function coveragePage(contentDir: string): string {
  let body: string;
  try {
    const site = loadContentDir(contentDir);
    const rows = translationCoverage(site.collections, site.translations);
    body = [...new Set(rows.map((r) => r.locale))].map((locale) => {
      const own = rows.filter((r) => r.locale === locale);
      const total = own.reduce((n, r) => n + r.translatable, 0);
      const done = own.reduce((n, r) => n + r.translated, 0);
      const lines = own.map((r) => `<tr><td>${escapeHtml(r.type)}</td><td>${r.translated}/${r.translatable}</td><td>${r.missing.map((m) => missingLink(m)).join('<br>')}</td></tr>`).join('');
      return `<h2>${locale}: ${done}/${total} translatable files</h2><table><thead><tr><th>Kind</th><th>Translated</th><th>Missing</th></tr></thead><tbody>${lines}</tbody></table>`;
    }).join('') + '<p>Files with no text to translate (sources, partners, donors without a description) are not counted.</p>';
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    body = `<h2>The content has problems</h2><ul>${error.issues.map((i) => `<li>${escapeHtml(formatIssue(i))}</li>`).join('')}</ul>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Translation coverage</title><link rel="stylesheet" href="/editor/editor.css"></head><body class="coverage"><main><p><a href="/">Back to the editor</a></p><h1>Translation coverage</h1>${body}</main></body></html>`;
}
