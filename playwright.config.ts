import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
// No sandbox (containers), no GPU, no traffic of the browser's own; the benches use them too.
import chromiumArgs from './scripts/chromium-args.json' with { type: 'json' };

// Debian's Chromium by default here (browsers cannot be downloaded); CHROMIUM_PATH overrides,
// and with neither Playwright uses its own browser.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

// Overridable so two checkouts can run the suite side by side on one machine.
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    launchOptions: {
      ...(executablePath && { executablePath }),
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node dist/server/main.js',
    url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
    env: { HOST: '127.0.0.1', PORT: String(DEMO_PORT), LIGHTFIELD_API_KEY: '' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
