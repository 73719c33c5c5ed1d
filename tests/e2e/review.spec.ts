import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LIMITED_PORT } from '../../playwright.config';
import id from '@/messages/id.json' with { type: 'json' };
import { assistedSearch, searchReference } from './support/assisted';
import { loginAs } from './support/staff';

const text = id.Review;
const kedungdoro = '35.78.05.1003';

test.describe('Dinsos review', () => {
  test('audit filters, CSV export and dashboard', async ({ page }) => {
    await loginAs(page, 'dinsos.surabaya');
    // A lookup of its own, so the audit has a known row whatever else runs in parallel.
    await assistedSearch(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
    const reference = await searchReference(page);

    await page.goto('/petugas/audit');
    await expect(page.getByRole('heading', { name: text.auditTitle })).toBeVisible();
    await page.getByLabel(text.channel).selectOption('OPERATOR');
    await page.getByLabel(text.result).selectOption('FOUND');
    await page.getByLabel(text.operator, { exact: true }).selectOption({ label: 'dinsos.surabaya' });
    await page.getByLabel(text.region).selectOption(kedungdoro);
    await page.getByRole('button', { name: text.apply }).click();
    await expect(page).toHaveURL(/kanal=OPERATOR/);
    await expect(page).toHaveURL(/hasil=FOUND/);
    const table = page.getByRole('table');
    await expect(table.getByRole('row').filter({ hasText: reference })).toContainText('Kedungdoro');
    await expect(table.getByRole('row').filter({ hasText: reference })).toContainText(
      'layanan warga datang langsung',
    );
    await expect(table).not.toContainText(id.Review.results.NOT_FOUND);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: text.csv }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-pencarian-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe(
      'waktu_wib,kanal,kode_desa,desa,kecamatan,hasil,jumlah_cocok,referensi,petugas,tujuan,persetujuan,program',
    );
    expect(lines.some((line) => line.includes(reference))).toBe(true);
    expect(lines.every((line) => line.includes(',OPERATOR,35.78.05.1003,Kedungdoro,Tegalsari,FOUND,'))).toBe(
      true,
    );
    expect(csv).not.toMatch(/Wahyuni|3578054703859001/);

    await page.goto('/petugas/dasbor');
    await expect(page.getByRole('heading', { name: text.dashboardTitle })).toBeVisible();
    await expect(page.getByRole('img', { name: /Grafik batang pencarian per hari/ })).toBeVisible();
    const operators = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: text.operatorsHeading }) });
    await expect(operators).toContainText('dinsos.surabaya');
    const programmes = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: text.programmesHeading }) });
    await expect(programmes.getByRole('table')).toContainText('BPNT');
  });

  test('Dinsos of another regency sees nothing of Kedungdoro', async ({ page, baseURL }) => {
    await loginAs(page, 'dinsos.bandung');
    await page.goto(`/petugas/audit?wilayah=${kedungdoro}`);
    await expect(page.getByText(text.empty)).toBeVisible();
    await page.goto('/petugas/audit');
    await expect(page.getByRole('table').or(page.getByText(text.empty))).not.toContainText('Kedungdoro');
    const response = await page.context().request.get(`${baseURL}/petugas/audit/csv?wilayah=${kedungdoro}`);
    expect(response.ok()).toBe(true);
    expect((await response.text()).trim().split('\r\n')).toHaveLength(1);
  });

  test('an operator cannot open the review pages', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    const audit = await page.goto('/petugas/audit');
    expect(audit?.status()).toBe(404);
    const dashboard = await page.goto('/petugas/dasbor');
    expect(dashboard?.status()).toBe(404);
  });

  test('the CSV export needs a signed-in Dinsos or admin', async ({ request }) => {
    const anonymous = await request.get('/petugas/audit/csv', { maxRedirects: 0 });
    expect(anonymous.status()).toBeGreaterThanOrEqual(300);
    expect(anonymous.status()).toBeLessThan(400);
    expect(anonymous.headers()['location']).toMatch(/\/petugas\/masuk$/);
  });
});

// On the server with tiny limits (3 sign-in attempts per username): one project, one reviewer, so
// parallel projects never share an account's authenticator code or its attempts.
const reviewerOf: Record<string, string> = {
  'phone-js': 'dinsos.surabaya',
  'phone-no-js': 'dinsos.bandung',
  'desktop-js': 'admin',
};

test.describe('refused attempts on the dashboard', () => {
  test.use({ baseURL: `http://127.0.0.1:${LIMITED_PORT}` });

  test('a sign-in over the limit is counted, without who', async ({ page }, testInfo) => {
    const username = `tidak.ada.${testInfo.project.name}.${Date.now().toString(36)}`;
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.context().clearCookies();
      await page.goto('/petugas/masuk');
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Kata sandi').fill('salah-sekali-kata-sandinya');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(/\/petugas\/masuk$/);
    }
    await expect(page.getByRole('alert').filter({ hasText: id.Login.errorTitle })).toContainText(
      id.Login.limited.replace(' {minutes} menit.', ''),
    );

    await page.context().clearCookies();
    await loginAs(page, reviewerOf[testInfo.project.name] ?? 'admin');
    await page.goto('/petugas/dasbor');
    const refusals = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: text.refusalsHeading }) });
    await expect(refusals.getByRole('columnheader', { name: text.refusalKindColumn })).toBeVisible();
    await expect(
      refusals.getByRole('row').filter({ hasText: text.refusalKinds.SIGN_IN_LIMITED }),
    ).toBeVisible();
    await expect(refusals).not.toContainText(username);
  });
});
