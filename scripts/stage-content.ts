/**
 * Build step run before `contentlayer2 build`: checks content/ as files and writes the
 * checked, normalised copy contentlayer reads (.content-staged/; see
 * lib/content/file-checks.ts). `--watch` re-stages on every change, for `npm run dev`.
 */
import { watch } from 'node:fs';
import { ContentError } from '../lib/content/errors';
import { stageContent } from '../lib/content/file-checks';

const CONTENT_DIR = 'content';
const STAGE_DIR = '.content-staged';

function stage(): boolean {
  try {
    stageContent(CONTENT_DIR, STAGE_DIR);
    return true;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return false;
  }
}

if (process.argv.includes('--watch')) {
  stage();
  let timer: NodeJS.Timeout | undefined;
  watch(CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => { if (stage()) console.log('content staged'); }, 100);
  });
} else if (!stage()) {
  process.exit(1);
}
