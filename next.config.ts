import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Static export: every page is plain HTML at build time, servable by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // With a static export, distDir is where the site is written: scripts/build-site.mjs
  // builds into a temporary folder and swaps it into out/ only on success.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

// next-intl's plugin points `next-intl/config` at lib/i18n/request.ts: the request locale that
// setRequestLocale sets and useLocale() reads in server components.
export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
