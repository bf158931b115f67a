/**
 * The site's public origin, from the environment, checked with zod (as taxonomy checks its
 * env). Two kinds of build:
 *
 * - **publication** (`PUBLISH=1`, `npm run build:publish`): SITE_URL is required, must be
 *   https and must not be a local or private address. Otherwise the build stops before any
 *   page is written, so no permalink, citation or canonical URL can show a local address.
 * - **preview** (no SITE_URL: `npm start`, `npm test`, CI): links use the local origin, and
 *   every permalink and citation carries a visible "preview" marker saying the address is local.
 */
import { z } from 'zod';

export const LOCAL_ORIGIN = 'http://localhost:3000';

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|[^.]+|.+\.(local|localhost|internal|test))$/i;

const publicOrigin = z
  .url({ protocol: /^https$/, error: 'must be an https URL, e.g. https://example.org' })
  .refine((u) => !LOCAL_HOST.test(new URL(u).hostname), 'must be a public address, not a local or private one');

const env = z.object({
  SITE_URL: z.string().trim().optional(),
  PUBLISH: z.string().optional(),
});

export interface SiteOrigin {
  /** Origin without a trailing slash. */
  url: string;
  /** True when the build is not meant for publication: pages say the address is local. */
  preview: boolean;
}

/** Resolves the origin; throws an Error naming SITE_URL and the reason when a publication build lacks a public one. */
export function resolveSiteOrigin(environment: Record<string, string | undefined>): SiteOrigin {
  const { SITE_URL, PUBLISH } = env.parse(environment);
  const publishing = PUBLISH === '1' || PUBLISH === 'true';
  if (!SITE_URL) {
    if (publishing) throw new Error('SITE_URL: a publication build (PUBLISH=1) needs the public https origin, e.g. SITE_URL=https://example.org');
    return { url: LOCAL_ORIGIN, preview: true };
  }
  const checked = publicOrigin.safeParse(SITE_URL);
  if (!checked.success) {
    if (publishing) throw new Error(`SITE_URL: ${checked.error.issues[0]?.message ?? 'is not a public origin'} (got "${SITE_URL}")`);
    return { url: SITE_URL.replace(/\/+$/, ''), preview: true };
  }
  return { url: checked.data.replace(/\/+$/, ''), preview: false };
}
