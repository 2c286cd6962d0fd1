import { defineConfig, devices } from '@playwright/test';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- plain ESM helper shared with the benchmark scripts
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The embedding tests need a second origin: a tiny static host page server.
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 3101);
// A second app server on the same build, serving a hostile corpus (HTML in article text) for the XSS tests.
const XSS_PORT = Number(process.env.E2E_XSS_PORT ?? 3102);
// A third app server on a generated corpus of ~600 events, for the windowed (large timeline) canvas.
const LARGE_PORT = Number(process.env.E2E_LARGE_PORT ?? 3103);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: 'node scripts/start.mjs',
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
    },
    {
      // Started after the first server, so the build is fresh and not rebuilt.
      command: 'node scripts/start.mjs',
      env: { PORT: String(XSS_PORT), SKIP_BUILD: '1', TIMELINE_DATA_DIR: 'e2e/fixtures/xss-articles' },
      url: `http://127.0.0.1:${XSS_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx scripts/generate-corpus.ts --n 250 --out e2e/.generated/large-articles && node scripts/start.mjs',
      env: { PORT: String(LARGE_PORT), SKIP_BUILD: '1', TIMELINE_DATA_DIR: 'e2e/.generated/large-articles' },
      url: `http://127.0.0.1:${LARGE_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
    },
    {
      command: 'node e2e/host-server.mjs',
      env: { HOST_PORT: String(HOST_PORT), APP_ORIGIN: `http://127.0.0.1:${PORT}` },
      url: `http://127.0.0.1:${HOST_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
