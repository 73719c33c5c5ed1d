import { expect, test, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { loginAs } from './support/staff';
import { fillApplicant, tinyPng, track, uniqueKk } from './support/tickets';

const staffText = id.StaffTickets;
const tickets = id.Tickets;
const states = id.Tracking.states;

async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await loginAs(page, username);
}

// An operator files an usulan for a walk-in resident; returns its code.
async function fileForWalkIn(
  page: Page,
  birthDate: [string, string, string],
  applicant = { name: 'Mbok Painem', kk: uniqueKk() },
): Promise<string> {
  await page.goto('/petugas/tiket/baru?jenis=USULAN');
  await fillApplicant(page, { ...applicant, birthDate });
  await page.getByLabel(tickets.addressLabel).fill('Jl. Kedungdoro Gg. 7 No. 3');
  await page.getByLabel(tickets.reasonsLabel).fill('Janda lansia, tinggal sendiri, tidak bekerja.');
  await page.getByLabel(tickets.membersLabel).fill('Painem');
  await page.getByLabel(tickets.attachmentsLabel).setInputFiles({
    name: 'rumah.png',
    mimeType: 'image/png',
    buffer: tinyPng,
  });
  await page.getByRole('button', { name: tickets.submit }).click();
  await page.waitForURL(/\/petugas\/tiket\/[A-Z0-9]{4}-[A-Z0-9]{4}\?hasil=filed/);
  const code = /tiket\/([A-Z0-9-]{9})/.exec(page.url())?.[1] ?? '';
  await expect(page.getByText(staffText.filed.replace('{code}', code))).toBeVisible();
  return code;
}

async function moveTo(page: Page, state: keyof typeof states, note = ''): Promise<void> {
  await page.getByRole('radio', { name: states[state].title, exact: true }).check();
  if (note) await page.getByLabel(staffText.noteLabel).fill(note);
  await page.getByRole('button', { name: staffText.move }).click();
  await expect(page.getByText(staffText.moved.replace('{state}', states[state].title))).toBeVisible();
}

test.describe('staff move tickets through verification', () => {
  test('a walk-in usulan goes through Musdes, Dinsos and the centre, and the resident sees each step', async ({
    page,
    javaScriptEnabled,
  }) => {
    const birthDate: [string, string, string] = ['2', '1', '1950'];
    await signInAs(page, 'operator.kedungdoro');
    const code = await fileForWalkIn(page, birthDate);
    await expect(page.getByRole('link', { name: /rumah\.png/ })).toBeVisible();

    await page.goto('/petugas/tiket/musdes');
    const row = page.locator(`[data-usulan="${code}"]`);
    await expect(row).toContainText('Mbok Painem');
    await row.getByRole('radio', { name: staffText.decisions.agreed, exact: true }).check();
    await page.getByLabel(staffText.minutesLabel).fill('Musdes Kedungdoro 20 November 2026, BA No. 12');
    await page.getByRole('button', { name: staffText.recordDecisions }).click();
    await expect(page.getByText(/Keputusan Musdes tersimpan: 1 setuju/)).toBeVisible();
    await expect(page.locator(`[data-usulan="${code}"]`)).toHaveCount(0);

    await signInAs(page, 'dinsos.surabaya');
    await page.goto(`/petugas/tiket?tahap=DIPERIKSA_DESA`);
    await page.getByRole('link', { name: code }).click();
    await expect(page.getByText(staffText.musdesAgreed)).toBeVisible();
    await moveTo(page, 'DIVERIFIKASI_DINSOS');
    await moveTo(page, 'DITERUSKAN_PUSAT');
    await moveTo(page, 'SELESAI', 'Masuk DTKS periode Januari 2027');
    await expect(page.getByText(staffText.noMoves)).toBeVisible();
    await expect(page.locator('[data-event]')).toHaveCount(5);

    await page.goto('/petugas/tiket');
    await expect(page.getByRole('heading', { name: staffText.ageingTitle })).toBeVisible();

    await page.context().clearCookies();
    await track(page, code, birthDate, javaScriptEnabled);
    await expect(page.locator('[data-state="SELESAI"]')).toBeVisible();
    await expect(page.getByText(id.Tracking.result.musdesAgreed)).toBeVisible();
  });

  test('a rejection needs a reason, and the resident reads it', async ({ page, javaScriptEnabled }) => {
    const birthDate: [string, string, string] = ['3', '2', '1951'];
    await signInAs(page, 'operator.kedungdoro');
    const code = await fileForWalkIn(page, birthDate);
    await page.getByRole('radio', { name: states.DITOLAK.title, exact: true }).check();
    await page.getByRole('button', { name: staffText.move }).click();
    await expect(page.getByText(staffText.refused['reason-required'])).toBeVisible();
    await moveTo(page, 'DITOLAK', 'Sudah terdaftar di DTKS lewat KK lain.');

    await page.context().clearCookies();
    await track(page, code, birthDate, javaScriptEnabled);
    await expect(page.locator('[data-state="DITOLAK"]')).toBeVisible();
    await expect(page.getByText('Alasan: Sudah terdaftar di DTKS lewat KK lain.')).toBeVisible();
  });

  test('staff of another region can neither see nor move a ticket, nor download its files', async ({
    page,
  }) => {
    await signInAs(page, 'operator.kedungdoro');
    const code = await fileForWalkIn(page, ['4', '3', '1952']);
    const download = await page.getByRole('link', { name: /rumah\.png/ }).getAttribute('href');
    const response = await page.request.get(download ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');

    for (const username of ['operator.cileunyi', 'dinsos.bandung']) {
      await signInAs(page, username);
      await page.goto('/petugas/tiket');
      await expect(page.getByRole('link', { name: code })).toHaveCount(0);
      const detail = await page.goto(`/petugas/tiket/${code}`);
      expect(detail?.status()).toBe(404);
      await expect(page.getByRole('button', { name: staffText.move })).toHaveCount(0);
      expect((await page.request.get(download ?? '')).status()).toBe(404);
    }

    await signInAs(page, 'dinsos.surabaya');
    const inScope = await page.goto(`/petugas/tiket/${code}`);
    expect(inScope?.headers()['cache-control']).toContain('no-store');
    await expect(page.getByText(staffText.noMoves)).toBeVisible();
  });

  test('two people propose the same household: both land, and each ticket names the other', async ({
    page,
  }) => {
    const kk = uniqueKk();
    await signInAs(page, 'operator.kedungdoro');
    const first = await fileForWalkIn(page, ['4', '3', '1960'], { name: 'Tetangga Baik', kk });
    const second = await fileForWalkIn(page, ['5', '4', '1962'], { name: 'Mbok Painem', kk });
    const others = page.locator('[data-other-usulan]');
    await expect(others).toContainText(staffText.otherUsulan);
    await expect(others.getByRole('link', { name: first })).toBeVisible();
    await others.getByRole('link', { name: first }).click();
    await expect(
      page.getByRole('heading', { name: staffText.detailTitle.replace('{code}', first) }),
    ).toBeVisible();
    await expect(page.locator('[data-other-usulan]').getByRole('link', { name: second })).toBeVisible();
    await page.goto('/petugas/tiket?jenis=USULAN&desa=35.78.05.1003');
    await expect(
      page.locator(`[data-ticket="${first}"] [data-other-usulan]`).getByRole('link', { name: second }),
    ).toBeVisible();
  });
});
