import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { assistedSearch } from './support/assisted';
import { loginAs } from './support/staff';

// axe runs as a script in the page (@js); the server HTML without JavaScript is the same.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

test(
  'assisted lookup, record, slip and verification pages have no WCAG 2.1 AA violations',
  { tag: '@js' },
  async ({ page }) => {
    await loginAs(page, 'dinsos.surabaya');
    await assistedSearch(page, { villageCode: '35.78.05.1003', fullName: 'Muhamad Subagio' });
    await expectNoViolations(page);
    await page.locator('#hasil').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'H. Moch. Soebagio' })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: id.Assisted.makeSlip }).click();
    await expect(page.getByRole('heading', { name: id.Slip.title })).toBeVisible();
    await expectNoViolations(page);
    const code = page.url().split('/').pop() ?? '';
    await page.goto(`/verifikasi?kode=${code}`);
    await expect(page.getByRole('heading', { name: id.Slip.genuineTitle })).toBeVisible();
    await expectNoViolations(page);
  },
);

test('audit and dashboard pages have no WCAG 2.1 AA violations', { tag: '@js' }, async ({ page }) => {
  await loginAs(page, 'dinsos.surabaya');
  await page.goto('/petugas/audit');
  await expectNoViolations(page);
  await page.goto('/petugas/dasbor');
  await expectNoViolations(page);
});
