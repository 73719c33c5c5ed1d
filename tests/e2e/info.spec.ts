import { expect, test, type Page } from '@playwright/test';
import en from '@/messages/en.json' with { type: 'json' };
import id from '@/messages/id.json' with { type: 'json' };

type Messages = typeof id;

const locales = [
  { locale: 'id', prefix: '', messages: id },
  { locale: 'en', prefix: '/en', messages: en },
] as const;

const pages: { path: string; text: (info: Messages['Info']) => { title: string; metaTitle: string } }[] = [
  { path: '/info', text: (info) => info.index },
  { path: '/info/dtks-dtsen', text: (info) => info.dtksDtsen },
  { path: '/info/program', text: (info) => info.programmes },
  { path: '/info/desil', text: (info) => info.desil },
  { path: '/info/terdaftar-belum-tentu-menerima', text: (info) => info.registered },
  { path: '/info/tidak-ditemukan', text: (info) => info.notFound },
  { path: '/info/tanya-jawab', text: (info) => info.faq },
  { path: '/info/pengaduan', text: (info) => info.complaints },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('info pages', () => {
  for (const { locale, prefix, messages } of locales) {
    for (const { path, text } of pages) {
      const url = `${prefix}${path}`;
      test(`${url} renders its heading and title, and fits a 360 px screen`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(messages.Info).title);
        await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(text(messages.Info).metaTitle)} \\| `));
        expect(await pageWidth(page)).toBeLessThanOrEqual(360);
      });
    }
  }

  test('the index links to every explanation page', async ({ page }) => {
    await page.goto('/info');
    const main = page.getByRole('main');
    for (const { path, text } of pages.slice(1)) {
      await expect(
        main.getByRole('link', { name: text(id.Info).title, exact: true }).first(),
      ).toHaveAttribute('href', path);
    }
  });

  test('the home page leads to the new pages and the index', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('link', { name: en.Info.faq.title, exact: true }).click();
    await expect(page).toHaveURL(/\/en\/info\/tanya-jawab$/);
    await page.goto('/');
    await page.getByRole('link', { name: id.Info.allPages }).click();
    await expect(page).toHaveURL(/\/info$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.Info.index.title);
  });
});

test.describe('DTKS and DTSEN table', () => {
  const table = id.Info.dtksDtsen.table;
  const rowLabels = Object.values(table.rows).map((row) => row.label);

  test('has a caption, column headers and a header for each row', async ({ page }) => {
    await page.goto('/info/dtks-dtsen');
    const comparison = page.getByRole('table', { name: table.caption });
    await expect(comparison).toBeVisible();
    for (const header of [table.topic, table.dtks, table.dtsen]) {
      await expect(comparison.getByRole('columnheader', { name: header, exact: true })).toHaveCount(1);
    }
    for (const label of rowLabels) {
      await expect(comparison.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(
      comparison.getByRole('cell', { name: id.Info.dtksDtsen.table.rows.members.dtsen }),
    ).toBeVisible();
  });

  test('stacks on a 360 px phone: each cell under the other, named by its column, no sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/info/dtks-dtsen');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    const comparison = page.getByRole('table', { name: table.caption });
    const box = await comparison.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

    const legal = comparison
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: table.rows.legal.label }) });
    const [dtksCell, dtsenCell] = [legal.getByRole('cell').nth(0), legal.getByRole('cell').nth(1)];
    await dtsenCell.scrollIntoViewIfNeeded();
    await expect(dtsenCell).toBeInViewport({ ratio: 1 });
    await expect(dtsenCell.getByText(table.dtsen, { exact: true })).toBeVisible();
    await expect(dtsenCell).toContainText(table.rows.legal.dtsen);
    const [dtksBox, dtsenBox] = [await dtksCell.boundingBox(), await dtsenCell.boundingBox()];
    expect(dtksBox && dtsenBox && dtsenBox.x === dtksBox.x && dtsenBox.y >= dtksBox.y + dtksBox.height).toBe(
      true,
    );
  });

  test('shows the columns side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/info/dtks-dtsen');
    const comparison = page.getByRole('table', { name: table.caption });
    const dtks = await comparison.getByRole('columnheader', { name: table.dtks, exact: true }).boundingBox();
    const dtsen = await comparison
      .getByRole('columnheader', { name: table.dtsen, exact: true })
      .boundingBox();
    expect(dtks && dtsen && dtks.width > 100 && dtsen.x > dtks.x && Math.abs(dtsen.y - dtks.y) < 2).toBe(
      true,
    );
  });
});

test.describe('FAQ', () => {
  const items = Object.values(id.Info.faq.items);

  test('has 8 to 12 questions, and each answer opens and closes (also without JavaScript)', async ({
    page,
  }) => {
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(12);
    await page.goto('/info/tanya-jawab');
    for (const item of items) {
      const answer = page.getByText(item.a[0] ?? '', { exact: true });
      await expect(answer).toBeHidden();
      await page.getByText(item.q, { exact: true }).click();
      await expect(answer).toBeVisible();
    }
    const first = items[0];
    if (!first) throw new Error('no FAQ items');
    await page.getByText(first.q, { exact: true }).click();
    await expect(page.getByText(first.a[0] ?? '', { exact: true })).toBeHidden();
  });

  test('says the portal never asks for money or OTP codes', async ({ page }) => {
    await page.goto('/info/tanya-jawab');
    await page.getByText(id.Info.faq.items.payment.q).click();
    await expect(page.getByText(id.Info.faq.items.payment.a[1] ?? '')).toBeVisible();
  });

  test('opens from the keyboard', async ({ page }) => {
    await page.goto('/en/info/tanya-jawab');
    const summary = page.getByText(en.Info.faq.items.nikStored.q, { exact: true });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(en.Info.faq.items.nikStored.a[0] ?? '')).toBeVisible();
  });
});

test.describe('complaint channels', () => {
  // The test server runs without PORTAL_COMPLAINT_CHANNELS, so these are lib/config.ts's national defaults.
  const defaults = [
    'Kantor desa/kelurahan',
    'Pendamping sosial / TKSK',
    'Dinas Sosial kabupaten/kota',
    'Call center Kemensos',
    'LAPOR!',
  ];

  for (const { prefix, messages } of locales) {
    test(`${prefix}/info/pengaduan lists the configured channels with phone and web links`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/info/pengaduan`);
      const contacts = page.getByRole('region', { name: messages.Info.complaints.contactsHeading });
      for (const name of defaults) {
        await expect(contacts.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
      }
      const call = messages.Info.complaints.call.replace('{phone}', '171');
      await expect(contacts.getByRole('link', { name: call })).toHaveAttribute('href', 'tel:171');
      await expect(contacts.getByRole('link', { name: 'www.lapor.go.id' })).toHaveAttribute(
        'href',
        'https://www.lapor.go.id/',
      );
      await expect(page.getByRole('heading', { name: messages.Info.complaints.bringHeading })).toBeVisible();
    });
  }
});
