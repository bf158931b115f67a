import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.bench/**', 'lighthouse-report/**', '.nginx/**', '.out-building/**', '.out-previous/**', 'bench-results/**', '.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
