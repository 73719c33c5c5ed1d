import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe runs as a script in the page (@js); without JavaScript the server HTML is the same one the JS projects scan.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PATHS = [
  '/',
  '/cek',
  '/info',
  '/info/dtks-dtsen',
  '/info/program',
  '/info/desil',
  '/info/terdaftar-belum-tentu-menerima',
  '/info/tidak-ditemukan',
  '/info/tanya-jawab',
  '/info/pengaduan',
];

for (const locale of ['id', 'en'] as const) {
  for (const path of PATHS) {
    const url = locale === 'id' ? path : `/en${path === '/' ? '' : path}`;

    test(`${url} has no WCAG 2.1 AA violations`, { tag: '@js' }, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  }
}

test('the not-found page has no WCAG 2.1 AA violations', { tag: '@js' }, async ({ page }) => {
  await page.goto('/halaman-yang-tidak-ada');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
});
