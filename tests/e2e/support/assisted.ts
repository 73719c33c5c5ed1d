import { expect, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };

const text = id.Assisted;

// The operator's search form: the village (already chosen when the operator has one), a name
// or NIK, the purpose (prefilled) and the resident's consent.
export async function assistedSearch(
  page: Page,
  fields: { villageCode?: string; fullName?: string; nik?: string; consent?: boolean },
): Promise<void> {
  await page.goto('/petugas/cek');
  if (fields.villageCode) await page.getByLabel(text.villageLabel).selectOption(fields.villageCode);
  if (fields.fullName) await page.getByLabel(text.nameLabel).fill(fields.fullName);
  if (fields.nik) await page.getByLabel(text.nikLabel).fill(fields.nik);
  if (fields.consent ?? true) await page.getByLabel(text.consentLabel).check();
  await page.getByRole('button', { name: text.submit, exact: true }).click();
  await page.waitForURL(/\/petugas\/cek(#.*)?$/);
}

// The search code of the result on screen.
export async function searchReference(page: Page): Promise<string> {
  const line = await page
    .getByText(/^Kode pencarian: /)
    .first()
    .innerText();
  const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(line)?.[1];
  expect(code).toBeDefined();
  return code ?? '';
}
