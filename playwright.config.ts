import { defineConfig, devices, type LaunchOptions } from '@playwright/test';

// Overridable so that two checkouts on one machine can run their journeys side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second server with tiny rate limits, for the rate-limit journey only.
export const LIMITED_PORT = PORT + 1;

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

// A fresh embedded database per run: the fixed demo residents plus a small generated registry.
const serverEnv: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: '1',
  PORTAL_DATA_DIR: '.data/e2e',
  PORTAL_SEED_PERSONS: '2000',
  // A cheap proof of work and generous limits, so many journeys can run back to back.
  PORTAL_POW_COST: '20000',
  PORTAL_RATE_IP_PER_MINUTE: '100000',
  PORTAL_RATE_FORM_TOKEN_PER_MINUTE: '100000',
  PORTAL_RATE_CHALLENGE_PER_MINUTE: '100000',
  PORTAL_RATE_TICKET_CODE_PER_MINUTE: '100000',
  // Journeys fill forms faster than a person: the form token is good at once.
  PORTAL_FORM_TOKEN_DELAY_SECONDS: '0',
  // Many journeys sign staff in from one address; the login limit has its own tests.
  PORTAL_LOGIN_ATTEMPTS_PER_IP: '100000',
  PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP: '100000',
  PORTAL_LOGIN_ATTEMPTS_PER_USER_ALL_IPS: '100000',
  PORTAL_LOGIN_SLOW_DOWN_AFTER: '100000',
  PORTAL_RATE_VERIFY_PER_MINUTE: '100000',
};

const limitedServerEnv: Record<string, string> = {
  ...serverEnv,
  PORTAL_DATA_DIR: '.data/e2e-limited',
  PORTAL_SEED_PERSONS: '0',
  PORTAL_RATE_IP_PER_MINUTE: '2',
  PORTAL_RATE_FORM_TOKEN_PER_MINUTE: '2',
  PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP: '3',
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A flaky journey is fixed, not retried. The longest journeys (a sign-in and five axe scans)
  // take near 30 s on a busy two-core machine, so a timeout here means a hang, not a slow box.
  retries: 0,
  timeout: 60_000,
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
  // Untagged journeys run on every project; a tag keeps a journey to the projects it fits:
  // @phone the two phones, @js the browsers with JavaScript, @no-js the one without,
  // @once phone-js alone (HTTP checks that involve no browser). @smoke marks the few journeys
  // `npm run test:e2e:smoke` runs (CI's check on the newer Node LTS).
  projects: [
    {
      name: 'phone-js',
      grepInvert: /@no-js\b/,
      use: { ...devices['Desktop Chrome'], ...phone, launchOptions },
    },
    {
      name: 'phone-no-js',
      grepInvert: /@(js|once)\b/,
      use: { ...devices['Desktop Chrome'], ...phone, javaScriptEnabled: false, launchOptions },
    },
    {
      name: 'desktop-js',
      grepInvert: /@(phone|no-js|once)\b/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [
    {
      command: `rm -rf .data/e2e && npm run build && npm run start -- -p ${PORT}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
      env: serverEnv,
    },
    {
      command: `rm -rf .data/e2e-limited && npm run start -- -p ${LIMITED_PORT}`,
      url: `http://127.0.0.1:${LIMITED_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: limitedServerEnv,
    },
  ],
});
