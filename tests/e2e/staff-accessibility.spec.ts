import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './support/staff';

// axe runs as a script in the page: @js.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

test('the staff login pages have no WCAG 2.1 AA violations', { tag: '@js' }, async ({ page }) => {
  await page.goto('/petugas/masuk');
  await expectNoViolations(page);
  await page.getByLabel('Nama pengguna').fill('dinsos.bandung');
  await page.getByLabel('Kata sandi').fill('demo-petugas-2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/petugas\/masuk\/kode$/);
  await expectNoViolations(page);
});

test('the admin pages have no WCAG 2.1 AA violations', { tag: '@js' }, async ({ page }) => {
  await loginAs(page, 'admin');
  await expectNoViolations(page);
  for (const path of ['/petugas/pengguna', '/petugas/pengguna/baru', '/petugas/pengguna/1']) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});
