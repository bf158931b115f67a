import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the editor's browser tests run the editor: a scratch copy of the project (EDIT_ROOT). */
export const editorPort = Number(process.env.EDIT_PORT ?? 4500);
export const scratchDir = process.env.EDITOR_SCRATCH ?? path.join(tmpdir(), `snia-editor-test-${editorPort}`);
