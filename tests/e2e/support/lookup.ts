import { expect, type Page } from '@playwright/test';

export type LookupFields = {
  villageCode: string;
  fullName: string;
  birthDate?: { day: string; month: string; year: string };
  nik?: string;
};

// The village comes from the "last choice remembered on the device" cookie, so the
// server renders the four selects already chosen, with and without JavaScript. Choosing
// step by step is the region picker's own journey.
export async function openLookupForm(
  page: Page,
  baseURL: string,
  villageCode: string,
  path = '/cek',
): Promise<void> {
  await page.context().addCookies([{ name: 'wilayah', value: villageCode, url: baseURL }]);
  await page.goto(new URL(path, baseURL).toString());
}

export async function fillAndSubmit(
  page: Page,
  fields: LookupFields,
  javaScriptEnabled: boolean,
): Promise<void> {
  await page.getByLabel(/Nama lengkap sesuai KTP|Full name as on your KTP/).fill(fields.fullName);
  if (fields.birthDate) {
    await page.locator('#birthDay').fill(fields.birthDate.day);
    await page.locator('#birthMonth').fill(fields.birthDate.month);
    await page.locator('#birthYear').fill(fields.birthDate.year);
  }
  if (fields.nik) await page.locator('#nik').fill(fields.nik);
  if (javaScriptEnabled) {
    // The proof-of-work widget solves by itself; a lookup without it would only get the stricter limit.
    await expect(page.locator('input[name="altcha"]').first()).toHaveValue(/.+/, { timeout: 30_000 });
  }
  await page.getByRole('button', { name: /^(Cari data|Search)$/ }).click();
}
