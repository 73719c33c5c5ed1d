import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { LIMITED_PORT } from '../../playwright.config';
import { loginAs } from './support/staff';

const newPassword = 'sawah hijau cileunyi 7';

test('an admin creates an operator, who signs in; disabling the account ends the session', async ({
  page,
  browser,
}, testInfo) => {
  const username = `e2e.${testInfo.project.name}.${Date.now().toString(36)}`;
  await loginAs(page, 'admin');
  await page
    .getByRole('navigation', { name: id.Staff.navLabel })
    .getByRole('link', { name: id.Staff.nav.manageUsers })
    .click();
  await expect(page.getByRole('heading', { name: id.Users.title })).toBeVisible();
  await page.getByRole('link', { name: id.Users.addUser }).click();

  // A village code that does not exist is refused with a message at the field.
  await page.getByLabel(id.Users.usernameLabel).fill(username);
  await page.getByLabel(id.Users.displayNameLabel).fill('Operator Uji');
  await page.getByLabel(id.Users.roleLabel).selectOption('OPERATOR_DESA');
  await page.getByLabel(id.Users.regionsLabel).fill('35.78.05.9999');
  await page.getByLabel(id.Users.passwordLabel).fill('password1234');
  await page.getByRole('button', { name: id.Users.create }).click();
  const summary = page.getByRole('alert').filter({ hasText: id.Users.errorSummaryTitle });
  await expect(summary).toContainText(id.Users.errors['regions-unknown-code']);
  await expect(summary).toContainText(id.Users.errors['password-common']);
  await expect(page.getByLabel(id.Users.usernameLabel)).toHaveValue(username);

  await page.getByLabel(id.Users.regionsLabel).fill('35.78.05.1003');
  await page.getByLabel(id.Users.passwordLabel).fill(newPassword);
  await page.getByRole('button', { name: id.Users.create }).click();
  await expect(page.getByText(id.Users.created)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: id.Users.detailTitle.replace('{username}', username) }),
  ).toBeVisible();

  const operatorContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
  });
  const operator = await operatorContext.newPage();
  await loginAs(operator, username, newPassword);
  await expect(operator.getByText(`${id.Staff.scopeLabel}: 35.78.05.1003`)).toBeVisible();

  await page.getByRole('button', { name: id.Users.disable }).click();
  await expect(page.getByText(id.Users.disabledDone.replace('{username}', username))).toBeVisible();
  await operator.goto('/petugas');
  await expect(operator).toHaveURL(/\/petugas\/masuk\?sesi=habis$/);
  await expect(operator.getByText(id.Login.expired)).toBeVisible();

  await page.goto('/petugas/pengguna');
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText(id.Users.disabledStatus);
  await operatorContext.close();
});

test('an operator cannot open user management', async ({ page }) => {
  await loginAs(page, 'operator.cileunyi');
  const response = await page.goto('/petugas/pengguna');
  expect(response?.status()).toBe(404);
});

test('login attempts are limited per username from one address, known or not', async ({ page }, testInfo) => {
  const limitedURL = `http://127.0.0.1:${LIMITED_PORT}`;
  const username = `tidak.ada.${testInfo.project.name}.${Date.now().toString(36)}`;
  const messages: string[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    // No message from the previous attempt may linger on the fresh page.
    await page.context().clearCookies();
    await page.goto(`${limitedURL}/petugas/masuk`);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('salah-sekali-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/\/petugas\/masuk$/);
    messages.push(await page.getByRole('alert').filter({ hasText: id.Login.errorTitle }).innerText());
  }
  expect(messages.slice(0, 3).every((message) => message.includes(id.Login.rejected))).toBe(true);
  expect(messages[3]).toContain(id.Login.limited.replace(' {minutes} menit.', ''));
});
