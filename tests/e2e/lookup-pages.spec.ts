import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { LIMITED_PORT } from '../../playwright.config';
import { fillAndSubmit, openLookupForm } from './support/lookup';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const kedungdoro = '35.78.05.1003';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

// axe and storage need JavaScript; the phone is the lookup's audience.
test.describe('lookup pages', { tag: ['@phone', '@js'] }, () => {
  test('the form with its error summary has no WCAG 2.1 AA violations', async ({ page, baseURL }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await expectNoViolations(page);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: '' }, true);
    await expect(page.getByRole('alert', { name: id.Lookup.errorSummaryTitle })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the result and the not-found answer have no WCAG 2.1 AA violations, in both languages', async ({
    page,
    baseURL,
  }) => {
    for (const path of ['/cek', '/en/cek']) {
      await openLookupForm(page, baseURL ?? '', kedungdoro, path);
      await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, true);
      await page.waitForURL(/\/cek\/hasil$/);
      await expectNoViolations(page);
      await openLookupForm(page, baseURL ?? '', kedungdoro, path);
      await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Yohanes Sitompul' }, true);
      await page.waitForURL(/\/cek\/hasil$/);
      await expectNoViolations(page);
    }
  });

  test('the too-many-requests page has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${LIMITED_PORT}/cek/tunggu?detik=30`);
    await expect(page.getByRole('heading', { name: id.TooMany.title })).toBeVisible();
    await expectNoViolations(page);
  });

  test('"Simpan catatan cek" keeps a timeline on this device only', async ({ page, baseURL }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, true);
    await page.getByRole('button', { name: id.Result.history.save }).click();
    await expect(page.getByText(id.Result.history.saved)).toBeVisible();
    const firstReference = await page.locator('ol time').first().textContent();

    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Lina Wijaya' }, true);
    await expect(page.locator('ol li')).toHaveCount(1);
    await expect(page.locator('ol li').first()).toContainText(id.Result.states.RECEIVING.title);
    await page.getByRole('button', { name: id.Result.history.save }).click();
    await expect(page.locator('ol li')).toHaveCount(2);
    await expect(page.locator('ol li').first()).toContainText(id.Result.states.DTSEN_ONLY.title);
    await expect(page.locator('ol li').nth(1).locator('time')).toHaveText(firstReference ?? '');
  });
});
