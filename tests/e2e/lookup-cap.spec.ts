import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { fillAndSubmit, openLookupForm } from './support/lookup';

// Fixed demo residents (docs/demo-residents.md). The e2e server's database is shared by
// every journey of a run, so each project locks a resident no other journey uses.
const kedungdoro = '35.78.05.1003';
const mas = '51.04.05.2002';
const lockedResident: Record<
  string,
  { villageCode: string; fullName: string; born: [string, string, string] }
> = {
  'phone-js': { villageCode: kedungdoro, fullName: 'Djoko Tjahjono', born: ['17', '2', '1949'] },
  'phone-no-js': { villageCode: mas, fullName: 'Ni Nyoman Sukerti', born: ['9', '8', '1974'] },
};
// The server's default, PORTAL_CONFIRMATIONS_PER_DAY.
const cap = 5;
const answerHeading = new RegExp(`^(${id.Result.notFound.title}|${id.Result.locked.title})$`);

async function lookUp(
  page: Page,
  baseURL: string,
  fields: { villageCode: string; fullName: string; born?: [string, string, string] },
  javaScriptEnabled: boolean,
): Promise<string> {
  await openLookupForm(page, baseURL, fields.villageCode);
  const [day, month, year] = fields.born ?? [];
  await fillAndSubmit(
    page,
    {
      villageCode: fields.villageCode,
      fullName: fields.fullName,
      birthDate: day && month && year ? { day, month, year } : undefined,
    },
    javaScriptEnabled,
  );
  await expect(page).toHaveURL(/\/cek\/hasil$/);
  return (await page.locator('[data-outcome]').first().getAttribute('data-outcome')) ?? '';
}

// Resident journeys run on the 360-px phone, with and without JavaScript.
test.describe('the cap on wrong birth dates', { tag: '@phone' }, () => {
  test('no age is shown before the birth date confirms the resident', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    const age = page.getByText(/^\d+ tahun$/);
    await lookUp(
      page,
      baseURL ?? '',
      { villageCode: kedungdoro, fullName: 'Lina Wijaya' },
      javaScriptEnabled,
    );
    await expect(page.getByRole('heading', { name: 'L**A W****A' })).toBeVisible();
    await expect(age).toHaveCount(0);

    await lookUp(
      page,
      baseURL ?? '',
      { villageCode: kedungdoro, fullName: 'Lina Wijaya', born: ['18', '4', '1987'] },
      javaScriptEnabled,
    );
    await expect(page.getByText(/Desil 7 dari 10/)).toBeVisible();
    await expect(age).toHaveCount(1);
  });

  test('after repeated wrong dates, from ever new addresses, even the right date gets the locked answer', async ({
    page,
    baseURL,
    javaScriptEnabled,
  }, testInfo) => {
    const resident = lockedResident[testInfo.project.name];
    if (!resident) throw new Error(`no locked resident for the project ${testInfo.project.name}`);
    const [, month, year] = resident.born;
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= cap + 1 && !outcomes.includes('locked'); attempt += 1) {
      // A made-up client address each time: the count is kept per person, not per address.
      await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${attempt}` });
      outcomes.push(
        await lookUp(
          page,
          baseURL ?? '',
          { ...resident, born: ['1', month, `${Number(year) + attempt}`] },
          javaScriptEnabled,
        ),
      );
      await expect(page.getByRole('heading', { level: 2, name: answerHeading })).toBeVisible();
    }
    // Exactly the cap, unless a rerun against a reused server already counted some.
    expect(outcomes.at(-1)).toBe('locked');
    expect(outcomes.slice(0, -1).every((outcome) => outcome === 'not-found')).toBe(true);

    await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.7' });
    expect(await lookUp(page, baseURL ?? '', resident, javaScriptEnabled)).toBe('locked');
    await expect(page.getByRole('heading', { name: id.Result.locked.title })).toBeVisible();
    await expect(page.getByText(id.Result.locked.next[1] ?? '')).toBeVisible();
    await expect(page.getByText(/Desil/)).toHaveCount(0);
    await expect(page.getByRole('article')).toHaveCount(0);
    if (javaScriptEnabled) {
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations).toEqual([]);
    }
  });
});
