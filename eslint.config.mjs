import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through components/ui/link.tsx, a plain <a>: pages carry no client router
    // (scripts/strip-framework.mjs), and next/link is a client component that prefetched.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import Link from '@/components/ui/link' (plain links: pages carry no client router)." }] }] },
  },
  { ignores: ['.bench/**', 'lighthouse-report/**', '.nginx/**', '.builds/**', 'bench-results/**', '.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
