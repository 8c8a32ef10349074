import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './e2e/support/chromium';

// E2E_PORT lets parallel checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  // WebGL on SwiftShader is slow and the machine has 2 cores: one worker keeps timings sane.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
    viewport: { width: 1440, height: 1000 },
    trace: 'off',
    // Without these, an action that can never happen (a control covered or gone) waits out the whole
    // test and the report names no step; with them it fails at that step, saying why.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    // The app registers a service worker; it would answer requests that tests route or fail on
    // purpose. Blocked except in e2e/service-worker.spec.ts, which tests it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', testIgnore: /phone\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 1000 } } },
    // A phone (390×844): the phone spec, plus the foundation spec to show the core flows work there too.
    {
      name: 'phone',
      testMatch: /(phone|foundation)\.spec\.ts/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    // Tests drive the production build, served as a static site would be.
    // Vite's own script rather than npx, whose lookup costs a second or more on each run.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
