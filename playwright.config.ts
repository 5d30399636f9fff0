import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium, NO_BROWSER_MESSAGE } from './tests/support/browser';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

export default defineConfig({
  globalSetup: './tests/support/global-setup.ts',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // A shared 2-core machine can take more than 5 s to load a lazy page while other work runs.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: './tests/e2e' },
    { name: 'electron', testDir: './tests/electron' },
  ],
});
