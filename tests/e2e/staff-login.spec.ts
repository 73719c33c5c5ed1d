import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { loginAs, logout } from './support/staff';

test('a staff page without a session leads to the login page', async ({ page }) => {
  await page.goto('/petugas');
  await expect(page).toHaveURL(/\/petugas\/masuk$/);
  await expect(page.getByRole('heading', { name: id.Login.title })).toBeVisible();
});

test(
  'an operator signs in with the password, sees the village scope, and signs out',
  { tag: '@smoke' },
  async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    await expect(page.getByText(`${id.Staff.scopeLabel}: 35.78.05.1003`)).toBeVisible();
    const home = await page.request.get('/petugas');
    expect(home.headers()['cache-control']).toContain('no-store');
    const sessionCookie = (await page.context().cookies()).find((cookie) => cookie.name === 'petugas_sesi');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await expect(page.getByRole('navigation', { name: id.Staff.navLabel })).toContainText(
      id.Staff.nav.lookup,
    );
    await expect(page.getByRole('link', { name: id.Staff.nav.manageUsers })).toHaveCount(0);
    await logout(page);
    await expect(page.getByText(id.Login.signedOut)).toBeVisible();
    await page.goto('/petugas');
    await expect(page).toHaveURL(/\/petugas\/masuk$/);
  },
);

test('Dinsos signs in with the authenticator code', async ({ page }) => {
  await loginAs(page, 'dinsos.surabaya');
  await expect(page.getByText(`${id.Staff.scopeLabel}: 35.78`)).toBeVisible();
  await expect(page.getByRole('link', { name: id.Staff.nav.reviewAudit }).first()).toBeVisible();
});

test('a wrong password and an unknown user get the same answer', async ({ page }) => {
  const answers: string[] = [];
  for (const username of ['operator.cileunyi', 'tidak.ada.orangnya']) {
    // No message from the previous attempt may linger on the fresh page.
    await page.context().clearCookies();
    await page.goto('/petugas/masuk');
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('salah-sekali-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/\/petugas\/masuk$/);
    const alert = page.getByRole('alert').filter({ hasText: id.Login.errorTitle });
    await expect(alert).toContainText(id.Login.rejected);
    answers.push(await alert.innerText());
  }
  expect(answers[0]).toBe(answers[1]);
});
