import { expect, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };

// A KK number no other journey uses, so "one open usulan per household" never interferes.
export function uniqueKk(): string {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(-12);
  return `3578${digits.padStart(12, '0')}`;
}

export const tinyPng = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

export async function fillApplicant(
  page: Page,
  applicant: { name: string; birthDate: [string, string, string]; kk?: string },
): Promise<void> {
  await page.getByLabel(id.Tickets.nameLabel, { exact: true }).fill(applicant.name);
  await page.locator('#birthDay').fill(applicant.birthDate[0]);
  await page.locator('#birthMonth').fill(applicant.birthDate[1]);
  await page.locator('#birthYear').fill(applicant.birthDate[2]);
  if (applicant.kk) await page.locator('#kk').fill(applicant.kk);
}

export async function submitWithProof(page: Page, button: string, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled)
    await expect(page.locator('input[name="altcha"]').first()).toHaveValue(/.+/, { timeout: 30_000 });
  await page.getByRole('button', { name: button }).click();
}

// The acknowledgement page's code, once the ticket is stored.
export async function acknowledgedCode(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: id.Tickets.acknowledgement.title })).toBeVisible();
  const code = await page.locator('[data-ticket-code]').getAttribute('data-ticket-code');
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return code ?? '';
}

export async function track(
  page: Page,
  code: string,
  birthDate: [string, string, string],
  javaScriptEnabled: boolean,
): Promise<void> {
  await page.goto('/lacak');
  await page.getByLabel(id.Tracking.codeLabel).fill(code.toLowerCase().replace('-', ' '));
  await page.locator('#birthDay').fill(birthDate[0]);
  await page.locator('#birthMonth').fill(birthDate[1]);
  await page.locator('#birthYear').fill(birthDate[2]);
  await submitWithProof(page, id.Tracking.submit, javaScriptEnabled);
}
