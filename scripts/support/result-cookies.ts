// Submits a real lookup in Debian Chromium (the ALTCHA widget solves its proof of work
// as it would for a resident) and returns the cookies that open the result page: the
// result itself is a sealed httpOnly cookie the server action sets.
import { chromium } from 'playwright-core';

export type LookupQuery = { villageCode: string; fullName: string };

export async function resultPageCookieHeader(baseUrl: string, query: LookupQuery): Promise<string> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext();
    // The "last village chosen on this device" cookie preselects the four region selects.
    await context.addCookies([{ name: 'wilayah', value: query.villageCode, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(new URL('/cek', baseUrl).toString());
    await page.locator('#fullName').fill(query.fullName);
    await page.locator('input[name="altcha"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('input[name="altcha"]')?.value ?? '') !== '',
      undefined,
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: /^(Cari data|Search)$/ }).click();
    await page.waitForURL(/\/cek\/hasil/, { timeout: 60_000 });
    const cookies = await context.cookies(baseUrl);
    if (!cookies.some((cookie) => cookie.name === 'cek_hasil'))
      throw new Error('The lookup did not set the cek_hasil cookie');
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  } finally {
    await browser.close();
  }
}
