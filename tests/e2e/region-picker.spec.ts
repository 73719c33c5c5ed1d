import { expect, test, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };

const text = id.Regions;
const select = (page: Page, level: 'province' | 'regency' | 'district' | 'village') =>
  page.getByLabel(text[level].label, { exact: true });
const filter = (page: Page, level: 'province' | 'regency' | 'district' | 'village') =>
  page.getByLabel(text[level].filterLabel, { exact: true });

test.describe('region picker on the lookup page', () => {
  test(
    'with JavaScript: search, pick, and the next level fills at once',
    { tag: '@js' },
    async ({ page }) => {
      await page.goto('/cek');
      await expect(page.getByRole('button', { name: text.continue })).toHaveCount(0);

      await select(page, 'province').selectOption('32');
      await expect(select(page, 'regency')).toBeEnabled();
      await expect(select(page, 'regency').locator('option')).toHaveCount(28); // 27 + "Pilih kabupaten/kota"

      await filter(page, 'regency').fill('bandung');
      await expect(select(page, 'regency').locator('option')).toHaveText([
        text.regency.placeholder,
        'Kabupaten Bandung',
        'Kabupaten Bandung Barat',
        'Kota Bandung',
      ]);
      await expect(page.getByRole('status')).toHaveText(`${text.regency.label}: 3 pilihan`);

      await select(page, 'regency').selectOption({ label: 'Kabupaten Bandung' });
      await expect(select(page, 'district').locator('option', { hasText: 'Cileunyi' })).toHaveCount(1);

      // Keyboard only: Enter in a search field with one match chooses it instead of posting the form.
      await filter(page, 'district').fill('cileunyi');
      await filter(page, 'district').press('Enter');
      await expect(select(page, 'district')).toHaveValue('32.04.05');
      await expect(select(page, 'village').locator('option', { hasText: 'Cileunyi Wetan' })).toHaveCount(1);
      await filter(page, 'village').fill('zzz');
      await expect(page.getByRole('status')).toHaveText(`${text.village.label}: ${text.noMatch}`);
      await filter(page, 'village').press('Escape');
      await expect(filter(page, 'village')).toHaveValue('');

      // Changing a parent empties the levels below it.
      await select(page, 'province').selectOption('31');
      await expect(select(page, 'district')).toBeDisabled();
      await expect(
        select(page, 'regency').locator('option', { hasText: 'Kota Administrasi Jakarta Pusat' }),
      ).toHaveCount(1);

      // The last choice is remembered on this device.
      await select(page, 'regency').selectOption({ label: 'Kota Administrasi Jakarta Pusat' });
      await page.reload();
      await expect(select(page, 'province')).toHaveValue('31');
      await expect(select(page, 'regency')).toHaveValue('31.71');
    },
  );

  test(
    'without JavaScript: choose, press Lanjut, the next select is filled',
    { tag: '@no-js' },
    async ({ page }) => {
      await page.goto('/cek');
      await expect(select(page, 'regency')).toBeDisabled();

      await select(page, 'province').selectOption('32');
      await page.getByRole('button', { name: text.continue }).click();
      await expect(select(page, 'province')).toHaveValue('32');
      await expect(select(page, 'regency')).toBeEnabled();
      await expect(
        select(page, 'regency').locator('option', { hasText: 'Kabupaten Bandung Barat' }),
      ).toHaveCount(1);

      await select(page, 'regency').selectOption('32.04');
      await page.getByRole('button', { name: text.continue }).click();
      await expect(select(page, 'district').locator('option', { hasText: 'Cileunyi' })).toHaveCount(1);

      // A kabupaten left over from another province is dropped by the server.
      await select(page, 'province').selectOption('31');
      await page.getByRole('button', { name: text.continue }).click();
      await expect(select(page, 'regency')).toHaveValue('');
      await expect(select(page, 'district')).toBeDisabled();
    },
  );
});
