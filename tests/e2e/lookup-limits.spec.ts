import { expect, test } from '@playwright/test';
import id from '@/messages/id.json' with { type: 'json' };
import { LIMITED_PORT } from '../../playwright.config';
import { fillAndSubmit, openLookupForm } from './support/lookup';

const limitedURL = `http://127.0.0.1:${LIMITED_PORT}`;
const kedungdoro = '35.78.05.1003';

// One run per JavaScript setting is enough.
test(
  'over the rate limit, a page in Indonesian says when to try again, with HTTP 429',
  { tag: '@phone' },
  async ({ page, javaScriptEnabled }) => {
    // The limited server allows 2 lookups a minute per address with a proof of work (JavaScript)
    // and 2 with a form token (no JavaScript); a rerun within the minute may find it reached.
    for (let attempt = 0; attempt < 4; attempt++) {
      await openLookupForm(page, limitedURL, kedungdoro);
      const tooMany = page.waitForResponse(
        (response) =>
          response.url().includes('/cek/tunggu') && response.request().resourceType() === 'document',
        { timeout: 60_000 },
      );
      await fillAndSubmit(page, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' }, javaScriptEnabled);
      await page.waitForURL(/\/cek\/(hasil|tunggu)/);
      if (!page.url().includes('/cek/tunggu')) continue;
      const response = await tooMany;
      expect(response.status()).toBe(429);
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
      await expect(page.getByRole('heading', { name: id.TooMany.title })).toBeVisible();
      await expect(page.getByText(/Coba lagi dalam \d+ detik/)).toBeVisible();
      return;
    }
    throw new Error('the rate limit was never reached');
  },
);

test(
  'a challenge is priced for the village the form names, signed, and never cached',
  { tag: '@once' },
  async ({ request }) => {
    const priced = await request.get(`/api/altcha/challenge?desa=${kedungdoro}`);
    expect(priced.status()).toBe(200);
    expect(priced.headers()['cache-control']).toContain('no-store');
    const challenge = await priced.json();
    expect(challenge.parameters.data).toEqual({ desa: kedungdoro });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    // Anything but a village code is ignored rather than signed.
    expect(
      (await (await request.get('/api/altcha/challenge?desa=%3Cscript%3E')).json()).parameters.data,
    ).toBeUndefined();
  },
);
