import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { fillAndSubmit, openLookupForm } from './support/lookup';

// Fixed demo residents: docs/demo-residents.md.
const cileunyiWetan = '32.04.05.2002';
const kedungdoro = '35.78.05.1003';
const states = id.Result.states;

// Resident journeys run on the 360-px phone, with and without JavaScript.
test.describe('resident lookup', { tag: '@phone' }, () => {
  test(
    'a receiving resident is found by exact name, desil hidden without a birth date',
    { tag: '@smoke' },
    async ({ page, baseURL, javaScriptEnabled }) => {
      await openLookupForm(page, baseURL ?? '', kedungdoro);
      await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, javaScriptEnabled);
      await expect(page).toHaveURL(/\/cek\/hasil$/);
      await expect(page.getByRole('heading', { name: 'S*I W*****I' })).toBeVisible();
      await expect(page.getByText(states.RECEIVING.title)).toBeVisible();
      await expect(page.getByText(id.Result.desilHidden)).toBeVisible();
      await expect(page.getByText(id.Result.registeredIsNotReceiving)).toBeVisible();
      await expect(page.getByText(id.Result.notFoundIsNotTheEnd)).toBeVisible();
      await expect(page.getByText('Sri Wahyuni')).toHaveCount(0);
      await expect(page.getByText(/DTKS periode Oktober 2025/)).toBeVisible();
    },
  );

  test('a misspelt name is found only after the date of birth confirms it', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Muhamad Subagyo' }, javaScriptEnabled);
    await expect(page.getByRole('heading', { name: id.Result.notFound.title })).toBeVisible();
    await expect(page.getByText(id.Result.notFound.addBirthDate)).toBeVisible();

    await page.locator('#birthDay').fill('12');
    await page.locator('#birthMonth').fill('6');
    await page.locator('#birthYear').fill('1958');
    if (javaScriptEnabled)
      await expect(page.locator('input[name="altcha"]').first()).toHaveValue(/.+/, { timeout: 30_000 });
    await page.getByRole('button', { name: id.Result.notFound.retry }).click();
    await expect(page.getByRole('heading', { name: 'H. M**H. S******O' })).toBeVisible();
    await expect(page.getByText(/Desil 2 dari 10/)).toBeVisible();
  });

  test('registered but not receiving: an exact namesake picked by date of birth', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', cileunyiWetan);
    await fillAndSubmit(
      page,
      {
        villageCode: cileunyiWetan,
        fullName: 'Siti Aminah',
        birthDate: { day: '23', month: '11', year: '1991' },
      },
      javaScriptEnabled,
    );
    await expect(page.getByText(states.REGISTERED_NOT_RECEIVING.title)).toBeVisible();
    await expect(page.getByText(/Desil 4 dari 10/)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('only in DTSEN', async ({ page, baseURL, javaScriptEnabled }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Lina Wijaya' }, javaScriptEnabled);
    await expect(page.getByText(states.DTSEN_ONLY.title)).toBeVisible();
  });

  test('data incomplete', async ({ page, baseURL, javaScriptEnabled }) => {
    await openLookupForm(page, baseURL ?? '', cileunyiWetan);
    await fillAndSubmit(page, { villageCode: cileunyiWetan, fullName: 'Ujang Suryana' }, javaScriptEnabled);
    await expect(page.getByText(states.DATA_INCOMPLETE.title)).toBeVisible();
    await expect(page.getByText(id.Result.flags.NIK_TIDAK_PADAN_DUKCAPIL)).toBeVisible();
  });

  test('not found gives the advice and never names anyone else', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', cileunyiWetan);
    await fillAndSubmit(
      page,
      { villageCode: cileunyiWetan, fullName: 'Yohanes Sitompul' },
      javaScriptEnabled,
    );
    await expect(page.getByRole('heading', { name: id.Result.notFound.title })).toBeVisible();
    await expect(page.getByText(id.Result.notFound.tips[0] ?? '')).toBeVisible();
    await expect(page.getByText(id.Result.notFound.next[1] ?? '')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/Aminah|Supriatna|Suryana/);
  });

  test('NIK and name must both match, and the NIK is never shown', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    const nik = '3578054703859001';
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni', nik }, javaScriptEnabled);
    await expect(page.getByText(states.RECEIVING.title)).toBeVisible();
    await expect(page.locator('body')).not.toContainText(nik);

    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Tan Siok Lan', nik }, javaScriptEnabled);
    await expect(page.getByRole('heading', { name: id.Result.notFound.title })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(nik);
  });

  test('bad input gets a clear message that links to the field', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(
      page,
      {
        villageCode: kedungdoro,
        fullName: 'S',
        birthDate: { day: '31', month: '2', year: '1980' },
        nik: '123',
      },
      javaScriptEnabled,
    );
    const summary = page.getByRole('alert', { name: id.Lookup.errorSummaryTitle });
    await expect(summary).toContainText(id.Lookup.errors.nameTooShort);
    await expect(summary).toContainText(id.Lookup.errors.birthDateFormat);
    await expect(summary).toContainText(id.Lookup.errors.nikFormat);
    await summary.getByRole('link', { name: id.Lookup.errors.nameTooShort }).click();
    await expect(page).toHaveURL(/#fullName$/);
    await expect(page.locator('#fullName')).toHaveValue('S');
    await expect(page.locator('#nik')).toHaveValue('');
  });

  test('the printed slip shows the date, the reference and no NIK', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    const nik = '3578054703859001';
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni', nik }, javaScriptEnabled);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(id.Result.slipTitle)).toBeVisible();
    await expect(page.getByText(/Kode pemeriksaan: [A-Z0-9]{4}-[A-Z0-9]{4}/)).toBeVisible();
    await expect(page.getByText(/Diperiksa pada/)).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.locator('body')).not.toContainText(nik);
  });

  test('responses with personal data are not cached', async ({ page, baseURL, javaScriptEnabled }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, javaScriptEnabled);
    await page.waitForURL(/\/cek\/hasil$/);
    const response = await page.request.get(new URL('/cek/hasil', baseURL).toString());
    expect(response.headers()['cache-control']).toContain('no-store');
  });
});
