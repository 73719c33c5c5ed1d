import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { loginAs } from './support/staff';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

// axe runs as a script in the page; the no-JS project gets the same server HTML.
test.describe('ticket pages have no WCAG 2.1 AA violations', { tag: '@js' }, () => {
  for (const path of [
    '/ajukan',
    '/ajukan/usulan',
    '/ajukan/sanggahan',
    '/ajukan/perbaikan',
    '/lacak',
    '/en/lacak',
  ]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test('a ticket form with errors', async ({ page }) => {
    await page.goto('/ajukan/perbaikan');
    await page.getByRole('button', { name: id.Tickets.submit }).click();
    await expect(page.getByRole('alert').filter({ hasText: id.Tickets.errorSummaryTitle })).toBeVisible();
    await expectNoViolations(page);
  });

  test('staff queue, walk-in form and Musdes page', async ({ page }) => {
    await loginAs(page, 'operator.kedungdoro');
    for (const path of ['/petugas/tiket', '/petugas/tiket/baru?jenis=USULAN', '/petugas/tiket/musdes']) {
      await page.goto(path);
      await expectNoViolations(page);
    }
  });

  test('staff queue with ageing', async ({ page }) => {
    await loginAs(page, 'dinsos.surabaya');
    await page.goto('/petugas/tiket');
    await expectNoViolations(page);
  });
});
