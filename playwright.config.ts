import { defineConfig, devices, type LaunchOptions } from '@playwright/test';

const PORT = 3210;
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium: the machine has no network for `playwright install`.
const launchOptions: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
};

// A cheap Android phone: the portal's main audience.
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

// Extended later with the database settings; keep it one flat object.
const serverEnv: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: '1',
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // CI machines have two cores, and the server under test needs one of them.
  workers: process.env.CI ? 1 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    // An English browser on purpose: the portal must still open in Indonesian (no Accept-Language detection).
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'phone-js', use: { ...devices['Desktop Chrome'], ...phone, launchOptions } },
    {
      name: 'phone-no-js',
      use: { ...devices['Desktop Chrome'], ...phone, javaScriptEnabled: false, launchOptions },
    },
    { name: 'desktop-js', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    command: `npm run build && npm run start -- -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    env: serverEnv,
  },
});
