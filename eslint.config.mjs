import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through components/ui/link.tsx, which turns off prefetching (see there why).
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import Link from '@/components/ui/link' (no prefetching on readers' data)." }] }] },
  },
  { ignores: ['.bench/**', 'lighthouse-report/**', '.nginx/**', '.builds/**', 'bench-results/**', '.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
