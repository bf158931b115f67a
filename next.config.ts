import type { NextConfig } from 'next';

// Static export: every page is plain HTML at build time, servable by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
