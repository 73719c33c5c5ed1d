import path from 'node:path';
import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { loginAs } from './support/staff';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/import', name);

test('Dinsos gets a clear verdict on a bad file and on real data meeting the demo registry', async ({
  page,
}) => {
  await loginAs(page, 'dinsos.surabaya');
  await page.getByRole('link', { name: id.Staff.nav.import }).first().click();
  await expect(page.getByRole('heading', { name: id.Import.title })).toBeVisible();

  await page.getByLabel(id.Import.sourceDTKS).check();
  await page.getByLabel(id.Import.periodLabel).fill('2026-Q1');
  await page.getByLabel(id.Import.fileLabel).setInputFiles({
    name: 'dtks-titik-koma.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('NIK;NO_KK;NAMA\n3578054302750002;3578050204120011;Sulastri\n'),
  });
  await page.getByRole('button', { name: id.Import.submit }).click();
  // Next.js's route announcer is an alert too; the verdict is the one with the title.
  const verdict = page.getByRole('alert').filter({ hasText: id.Import.badFileTitle });
  await expect(verdict).toContainText(id.Import.fileProblems.PEMISAH_SALAH);

  await page.getByLabel(id.Import.sourceDTKS).check();
  await page.getByLabel(id.Import.periodLabel).fill('2026-Q1');
  await page.getByLabel(id.Import.fileLabel).setInputFiles(fixture('dtks-sample.csv'));
  await page.getByRole('button', { name: id.Import.submit }).click();
  await expect(verdict).toContainText(id.Import.fileProblems.DATA_DEMO);
});

test('an operator cannot open the import page', async ({ page }) => {
  await loginAs(page, 'operator.kedungdoro');
  await expect(page.getByRole('link', { name: id.Staff.nav.import })).toHaveCount(0);
  const response = await page.goto('/petugas/impor');
  expect(response?.status()).toBe(404);
});
