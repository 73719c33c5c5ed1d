import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { assistedSearch, searchReference } from './support/assisted';
import { loginAs } from './support/staff';

// Fixed demo residents (docs/demo-residents.md) and demo staff (docs/demo-staff.md).
const text = id.Assisted;

test.describe('operator assisted lookup', () => {
  test(
    'search by name, open the record, print a slip, verify it publicly',
    { tag: '@smoke' },
    async ({ page, browser }) => {
      await loginAs(page, 'operator.kedungdoro');
      await assistedSearch(page, { fullName: 'Sri Wahyuni' });
      const results = page.locator('#hasil');
      await expect(results.getByText('1 calon')).toBeVisible();
      await expect(results.getByRole('link', { name: /Sri Wahyuni/ })).toBeVisible();
      await expect(results.getByText('sama (1.00)')).toBeVisible();
      const reference = await searchReference(page);

      await results.getByRole('link', { name: /Sri Wahyuni/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sri Wahyuni' })).toBeVisible();
      await expect(page.getByText(reference)).toBeVisible();
      await expect(page.getByText('357805**********').first()).toBeVisible();
      await expect(
        page.getByRole('heading', { name: new RegExp(text.householdHeading.split(' (')[0] ?? '') }),
      ).toBeVisible();
      await expect(page.getByRole('table').filter({ hasText: 'DTSEN' })).toContainText('1');
      await expect(page.getByRole('heading', { name: text.programmesHeading })).toBeVisible();

      await page.getByRole('button', { name: text.makeSlip }).click();
      await expect(page).toHaveURL(/\/petugas\/slip\/[A-Z0-9-]{14}$/);
      await expect(page.getByRole('heading', { name: id.Slip.title })).toBeVisible();
      await expect(page.getByText('S*I W*****I')).toBeVisible();
      await expect(page.getByText('Sri Wahyuni')).toHaveCount(0);
      const code = page.url().split('/').pop() ?? '';
      await expect(page.getByText(code)).toBeVisible();

      // Anyone with the slip checks it on the public page, without a session.
      const visitor = await browser.newContext({
        javaScriptEnabled: test.info().project.use.javaScriptEnabled,
      });
      const publicPage = await visitor.newPage();
      await publicPage.goto(new URL('/verifikasi', page.url()).toString());
      await publicPage.getByLabel(id.Slip.codeLabel).fill(code.toLowerCase());
      await publicPage.getByRole('button', { name: id.Slip.submit }).click();
      await expect(publicPage.getByRole('heading', { name: id.Slip.genuineTitle })).toBeVisible();
      await expect(publicPage.getByText('S*I W*****I')).toBeVisible();
      await expect(publicPage.getByText(/Kedungdoro/)).toBeVisible();
      await expect(publicPage.getByText(id.Result.states.RECEIVING.title)).toBeVisible();
      await publicPage.getByLabel(id.Slip.codeLabel).fill('AAAA-AAAA-AAAA');
      await publicPage.getByRole('button', { name: id.Slip.submit }).click();
      await expect(publicPage.getByText(id.Slip.unknownTitle)).toBeVisible();
      await visitor.close();
    },
  );

  test('a search reference opens only the residents that search listed', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    // Lina Wijaya lives in the same village: find her id through a search of her own.
    await assistedSearch(page, { fullName: 'Lina Wijaya' });
    await page
      .locator('#hasil')
      .getByRole('link', { name: /Lina Wijaya/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lina Wijaya' })).toBeVisible();
    const linaId = /\/petugas\/warga\/(\d+)/.exec(page.url())?.[1] ?? '';

    await assistedSearch(page, { fullName: 'Sri Wahyuni' });
    await page
      .locator('#hasil')
      .getByRole('link', { name: /Sri Wahyuni/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sri Wahyuni' })).toBeVisible();
    // The reference of Sri Wahyuni's search, as her link carried it.
    const reference = new URL(page.url()).searchParams.get('ref') ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // The same reference with another resident's id in the address: answered like a missing record.
    const changed = await page.goto(`/petugas/warga/${linaId}?ref=${reference}`);
    await expect(page.getByRole('heading', { name: text.notFoundTitle })).toBeVisible();
    await expect(page.getByText('Lina Wijaya')).toHaveCount(0);
    const missing = await page.goto(`/petugas/warga/999999999?ref=${reference}`);
    await expect(page.getByRole('heading', { name: text.notFoundTitle })).toBeVisible();
    expect(changed?.status()).toBe(missing?.status());
  });

  test('a search needs the resident consent and a name or NIK', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    await assistedSearch(page, { consent: false });
    await expect(page.getByRole('link', { name: text.errors.consentRequired })).toBeVisible();
    await expect(page.getByRole('link', { name: text.errors.nameOrNikRequired })).toBeVisible();
    await expect(page.locator('#hasil')).toHaveCount(0);
  });

  test('search by NIK', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    await assistedSearch(page, { nik: '3578 0547 0385 9001' });
    await expect(page.getByText(text.searchedByNik)).toBeVisible();
    await expect(page.locator('#hasil').getByRole('link', { name: /Sri Wahyuni/ })).toBeVisible();
  });

  test('an operator of another village gets "not found" for the record and the slip', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    await assistedSearch(page, { fullName: 'Sri Wahyuni' });
    await page
      .locator('#hasil')
      .getByRole('link', { name: /Sri Wahyuni/ })
      .click();
    const personId = /\/petugas\/warga\/(\d+)/.exec(page.url())?.[1];
    await page.getByRole('button', { name: text.makeSlip }).click();
    await expect(page.getByRole('heading', { name: id.Slip.title })).toBeVisible();
    const slipPath = new URL(page.url()).pathname;

    await page.context().clearCookies();
    await loginAs(page, 'operator.cileunyi');
    await assistedSearch(page, { fullName: 'Sri Wahyuni' });
    await expect(page.locator('#hasil [data-outcome="not-found"]')).toBeVisible();
    const ownReference = await searchReference(page);
    await page.goto(`/petugas/warga/${personId}?ref=${ownReference}`);
    await expect(page.getByRole('heading', { name: text.notFoundTitle })).toBeVisible();
    await expect(page.getByText('Sri Wahyuni')).toHaveCount(0);
    await page.goto(slipPath);
    await expect(page.getByRole('heading', { name: text.notFoundTitle })).toBeVisible();
    await expect(page.getByText('S*I W*****I')).toHaveCount(0);
  });
});
