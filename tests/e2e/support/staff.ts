import { expect, test, type Page } from '@playwright/test';
import { totpCodeAt } from '@/lib/staff/sign-in/totp';
import { demoStaffAccounts, demoStaffPassword } from '@/lib/staff/users/demo-accounts';

export type DemoStaffUsername = (typeof demoStaffAccounts)[number]['username'];

// Signs in through the login form as one of the demo accounts (docs/demo-staff.md), typing the
// authenticator code from the documented secret when the account has one. Works with and without
// JavaScript: every step is a form post and a redirect.
export async function loginAs(
  page: Page,
  username: DemoStaffUsername | string,
  password = demoStaffPassword,
): Promise<void> {
  await page.goto('/petugas/masuk');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const secret = demoStaffAccounts.find((account) => account.username === username)?.totpSecret;
  if (secret) {
    await page.waitForURL(/\/petugas\/masuk\/kode$/);
    await enterCode(page, secret);
  }
  await page.waitForURL(/\/petugas$/);
  await expect(page.getByRole('heading', { name: 'Beranda petugas' })).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL(/\/petugas\/masuk$/);
}

// Each code opens one login, and parallel tests may sign the same demo account in within one
// 30-second step: after a refusal, try the codes of the next and the previous step (both accepted
// for clock drift), and only then wait for a new step.
const codeOffsets = [0, 30_000, -30_000];

async function enterCode(page: Page, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    if (/\/petugas$/.test(new URL(page.url()).pathname)) return;
    if (attempt === codeOffsets.length) {
      test.info().setTimeout(test.info().timeout + 45_000);
      await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
    }
    const offset = codeOffsets[attempt % codeOffsets.length] ?? 0;
    await page.getByLabel('Kode 6 angka').fill(totpCodeAt(secret, Date.now() + offset));
    await page.getByRole('button', { name: 'Periksa kode' }).click();
    const landed = await page
      .waitForURL(/\/petugas$/, { timeout: 8_000 })
      .then(() => true)
      .catch(() => false);
    if (landed) return;
  }
  throw new Error('the authenticator code was refused six times');
}
