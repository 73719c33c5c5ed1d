import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { fillAndSubmit, openLookupForm } from './support/lookup';
import {
  acknowledgedCode,
  fillApplicant,
  submitWithProof,
  tinyPng,
  track,
  uniqueKk,
} from './support/tickets';

const kedungdoro = '35.78.05.1003';
const tickets = id.Tickets;
const states = id.Tracking.states;

// Resident journeys run on the 360-px phone, with and without JavaScript.
test.describe('residents file and track tickets', { tag: '@phone' }, () => {
  test(
    'an usulan from the not-found answer, with a photo, then tracked',
    { tag: '@smoke' },
    async ({ page, baseURL, javaScriptEnabled }) => {
      await openLookupForm(page, baseURL ?? '', kedungdoro);
      await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sutrisno Wibowo' }, javaScriptEnabled);
      await page.getByRole('link', { name: tickets.fileLinkNotFound }).click();
      await expect(page.getByRole('heading', { name: tickets.kinds.USULAN.title })).toBeVisible();

      const birthDate: [string, string, string] = ['1', '5', '1970'];
      await fillApplicant(page, { name: 'Sutrisno Wibowo', birthDate, kk: uniqueKk() });
      await page.getByLabel(tickets.addressLabel).fill('Jl. Kedungdoro Gg. 3 No. 12, RT 02 RW 05');
      await page.getByLabel(tickets.reasonsLabel).fill('Buruh harian, penghasilan tidak tetap, rumah sewa.');
      await page.getByLabel(tickets.membersLabel).fill('Sutrisno Wibowo\nSumiati\nAndi Wibowo');
      await page.getByLabel(tickets.attachmentsLabel).setInputFiles({
        name: 'foto-kk.png',
        mimeType: 'image/png',
        buffer: tinyPng,
      });
      await submitWithProof(page, tickets.submit, javaScriptEnabled);
      const code = await acknowledgedCode(page);
      await expect(page.getByText(tickets.acknowledgement.next.USULAN[1] ?? '')).toBeVisible();

      await track(page, code, birthDate, javaScriptEnabled);
      await expect(
        page.getByRole('heading', { name: `${id.Tracking.result.nowHeading}: ${states.DIAJUKAN.title}` }),
      ).toBeVisible();
      await expect(page.getByText(states.DIAJUKAN.next)).toBeVisible();
      await expect(page.getByText(/S\*+O W\*+O/)).toBeVisible();
      await expect(page.getByText('Sutrisno Wibowo')).toHaveCount(0);
    },
  );

  test('a sanggahan, tracked; a wrong date of birth answers like a wrong code', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro, '/ajukan/sanggahan');
    const birthDate: [string, string, string] = ['17', '8', '1980'];
    await fillApplicant(page, { name: 'Bambang Sutejo', birthDate });
    await page.getByLabel(tickets.recipientLabel).fill('Hartono Kaya');
    await page.getByLabel(tickets.reasonCategories.MAMPU).check();
    await page.getByLabel(tickets.descriptionLabel).fill('Punya dua mobil dan toko bangunan besar di pasar.');
    await submitWithProof(page, tickets.submit, javaScriptEnabled);
    const code = await acknowledgedCode(page);

    await track(page, code, ['18', '8', '1980'], javaScriptEnabled);
    await expect(page.getByText(id.Tracking.notFoundTitle)).toBeVisible();
    await track(page, 'ACDE-FGHJ', birthDate, javaScriptEnabled);
    await expect(page.getByText(id.Tracking.notFoundTitle)).toBeVisible();
    await track(page, code, birthDate, javaScriptEnabled);
    await expect(page.locator('[data-state="DIAJUKAN"]')).toBeVisible();
    const reloaded = await page.reload();
    expect(reloaded?.headers()['cache-control']).toContain('no-store');
    await expect(page.locator('[data-state="DIAJUKAN"]')).toBeVisible();
  });

  test('a data correction from the lookup result, after fixing what the form says', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    await openLookupForm(page, baseURL ?? '', kedungdoro);
    await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, javaScriptEnabled);
    await page.getByRole('link', { name: tickets.fileLinkFound }).click();
    await page.getByRole('link', { name: tickets.kinds.PERBAIKAN_DATA.title }).click();

    const birthDate: [string, string, string] = ['7', '3', '1985'];
    await fillApplicant(page, { name: 'Sri Wahyuni', birthDate, kk: '12345' });
    await page.getByLabel(tickets.correctionTypes.ALAMAT).check();
    await page
      .getByLabel(tickets.descriptionLabel)
      .fill('Alamat lama Jl. Kenari 3, yang benar Jl. Kedungdoro 5.');
    await page.getByLabel(tickets.attachmentsLabel).setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('MZ\x90\x00 this is a renamed program', 'latin1'),
    });
    await submitWithProof(page, tickets.submit, javaScriptEnabled);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: tickets.errors.kkFormat })).toBeVisible();

    await page.locator('#kk').fill('3578050101850001');
    await page.getByLabel(tickets.attachmentsLabel).setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('MZ\x90\x00 this is a renamed program', 'latin1'),
    });
    await submitWithProof(page, tickets.submit, javaScriptEnabled);
    await expect(summary.getByRole('link', { name: tickets.errors.attachmentType })).toBeVisible();
    await expect(page.getByLabel(tickets.descriptionLabel)).toHaveValue(/Jl\. Kedungdoro 5/);

    await page.locator('#phone').fill('081234567890');
    await submitWithProof(page, tickets.submit, javaScriptEnabled);
    const code = await acknowledgedCode(page);
    await track(page, code, birthDate, javaScriptEnabled);
    await expect(
      page.getByText(id.Tracking.result.kindLine.replace('{kind}', tickets.kinds.PERBAIKAN_DATA.name)),
    ).toBeVisible();
  });
});
