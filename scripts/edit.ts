/**
 * `npm run edit`: the content editor, on this computer only (http://127.0.0.1:4400/).
 * Decap CMS's prebuilt page (node_modules/decap-cms/dist, served as files, never bundled)
 * with forms derived from the entity table (lib/editor/config.ts), reading and writing
 * content/ through the project's own backend (lib/editor/backend.ts), which runs the
 * build's content checks before it writes anything. Nothing here is part of the site: Next
 * never imports it and out/ holds none of it (tests/editor/editor.spec.ts).
 *
 * EDIT_ROOT: the project folder whose content/ is edited (default: this one; the browser
 * tests point it at a scratch copy). EDIT_PORT: default 4400.
 */
import path from 'node:path';
import { createEditorServer } from '../lib/editor/server';

const projectRoot = path.resolve(__dirname, '..');
const root = path.resolve(process.env.EDIT_ROOT ?? projectRoot);
const port = Number(process.env.EDIT_PORT ?? 4400);

createEditorServer({ root, projectRoot }).listen(port, '127.0.0.1', () => {
  console.log(`Content editor: http://127.0.0.1:${port}/  (editing ${path.join(root, 'content')})`);
  console.log('Saved changes are files in content/: review them with `git diff content/` and commit them. Stop with Ctrl+C.');
});
