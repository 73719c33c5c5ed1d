import { expect, test } from '@playwright/test';
import en from '@/messages/en.json' with { type: 'json' };
import id from '@/messages/id.json' with { type: 'json' };

test.describe('home', () => {
  test(
    'renders in Indonesian at / even for an English browser, and leads to the lookup',
    { tag: '@smoke' },
    async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      expect(page.url()).toMatch(/127\.0\.0\.1:\d+\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page).toHaveTitle(id.Home.metaTitle);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.Home.title);
      await expect(page.getByText(id.Home.intro)).toBeVisible();
      await expect(page.getByText(id.Home.registeredNotReceiving)).toBeVisible();

      await page.getByRole('link', { name: 'Cek status bansos' }).click();
      await expect(page).toHaveURL(/\/cek$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.Lookup.title);
    },
  );

  test('renders in English at /en', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(en.Home.metaTitle);
    await expect(page.getByText(en.Home.intro)).toBeVisible();
    await expect(page.getByText(en.Home.registeredNotReceiving)).toBeVisible();

    await page.getByRole('link', { name: en.Home.cta }).click();
    await expect(page).toHaveURL(/\/en\/cek$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.Lookup.title);
  });

  test('the info cards lead to their pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: id.Home.cardNotFoundTitle }).click();
    await expect(page).toHaveURL(/\/info\/tidak-ditemukan$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id.Info.notFound.title);
  });
});

test.describe('language switch', () => {
  test('switches between Indonesian and English on the same page', async ({ page }) => {
    await page.goto('/info/dtks-dtsen');
    const languages = page.getByRole('navigation', { name: id.Layout.languageNav });
    await languages.getByRole('link', { name: id.Layout.otherLanguage }).click();
    await expect(page).toHaveURL(/\/en\/info\/dtks-dtsen$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.Info.dtksDtsen.title);

    await page
      .getByRole('navigation', { name: en.Layout.languageNav })
      .getByRole('link', { name: en.Layout.otherLanguage })
      .click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/info\/dtks-dtsen$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('switches from the home page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: id.Layout.otherLanguage }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByText(en.Home.intro)).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first focus stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: id.Layout.skipToContent });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('errors', () => {
  // Unknown addresses share one prerendered page (see app/[locale]/layout.tsx), so it answers in both languages.
  for (const path of ['/halaman-yang-tidak-ada', '/en/no-such-page', '/fr']) {
    test(`${path} answers 404 with a calm message that works without JavaScript`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page.getByRole('heading', { name: id.Errors.notFoundTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: en.Errors.notFoundTitle })).toBeVisible();

      await page.getByRole('link', { name: en.Errors.backHome }).click();
      await expect(page).toHaveURL(/\/en$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  }
});

test.describe('http', () => {
  test('sends the security headers and no framework banner', async ({ request }) => {
    const response = await request.get('/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });

  test('/id redirects to the unprefixed Indonesian address', async ({ request }) => {
    const response = await request.get('/id/cek', { maxRedirects: 0 });
    expect([307, 308]).toContain(response.status());
    expect(response.headers()['location']).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/cek$/);
  });
});
