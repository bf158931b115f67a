import { defineConfig } from '@playwright/test';
import { editorPort, scratchDir } from './tests/editor/scratch';

/**
 * The content editor in a real browser (`npm run test:editor`): `npm run edit` on a scratch
 * copy of the project (scripts/scratch-project.mjs), so the real content/ is never touched.
 * Run after `npm run build`: the tests compare the scratch copy's build with out/.
 */
export default defineConfig({
  testDir: 'tests/editor',
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${editorPort}`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 1000 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/scratch-project.mjs ${scratchDir} && node node_modules/tsx/dist/cli.mjs scripts/edit.ts`,
    env: { EDIT_ROOT: scratchDir, EDIT_PORT: String(editorPort) },
    url: `http://127.0.0.1:${editorPort}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
