import { expect, type Page } from '@playwright/test';
import { totpCodeAt } from '@/lib/auth/totp';
import { demoStaffAccounts, demoStaffPassword } from '@/lib/staff-users/demo-accounts';

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
    await page.getByLabel('Kode 6 angka').fill(totpCodeAt(secret));
    await page.getByRole('button', { name: 'Periksa kode' }).click();
  }
  await page.waitForURL(/\/petugas$/);
  await expect(page.getByRole('heading', { name: 'Beranda petugas' })).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL(/\/petugas\/masuk$/);
}
