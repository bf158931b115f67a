/** Build step run before `contentlayer2 build`: see lib/content/file-checks.ts. */
import { ContentError } from '../lib/content/errors';
import { checkContentFiles } from '../lib/content/file-checks';

try {
  checkContentFiles('content');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
