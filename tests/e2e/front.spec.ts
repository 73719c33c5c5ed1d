import { expect, test, type APIRequestContext } from '@playwright/test';
import { LIMITED_PORT } from '../../playwright.config';
import { malformedCorpus } from './support/malformed-corpus';
import { httpRequest, rawRequest } from './support/raw-http';

// The front (server.ts) speaks HTTP, not pages: one project is enough (@once).

const mainPort = LIMITED_PORT - 1;
const limitedURL = `http://127.0.0.1:${LIMITED_PORT}`;

async function actionIds(request: APIRequestContext, base: string) {
  const lookupPage = await (await request.get(`${base}/cek`)).text();
  const ticketPage = await (await request.get(`${base}/ajukan/usulan`)).text();
  return {
    lookup: /\$ACTION_ID_([0-9a-f]+)/.exec(lookupPage)?.[1] ?? '',
    ticket: /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(ticketPage)?.[1] ?? '',
  };
}

const securityHeaders = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
];

test(
  'forged X-Forwarded-For, Forwarded and X-Real-IP do not move a client to a fresh limit bucket',
  { tag: '@once' },
  async ({ request }) => {
    // The limited server allows 2 lookups a minute per address with a form token (no JavaScript);
    // each attempt brings a fresh token, as a resident's new page view would.
    for (let attempt = 1; attempt <= 6; attempt++) {
      const page = await (await request.get(`${limitedURL}/cek`)).text();
      const lookup = /\$ACTION_ID_([0-9a-f]+)/.exec(page)?.[1] ?? '';
      const formToken = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? '';
      const forged = `198.51.100.${attempt}`;
      const response = await request.post(`${limitedURL}/cek`, {
        multipart: {
          [`$ACTION_ID_${lookup}`]: '',
          formToken,
          provinceCode: '35',
          regencyCode: '35.78',
          districtCode: '35.78.05',
          villageCode: '35.78.05.1003',
          fullName: 'Sri Wahyuni',
        },
        headers: { 'X-Forwarded-For': forged, Forwarded: `for=${forged}`, 'X-Real-IP': forged },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      if (response.headers().location?.includes('/cek/tunggu')) return;
    }
    throw new Error('every forged address was counted as a new client');
  },
);

const megabytes64 = 64 * 1024 * 1024;
async function* zeros(total: number): AsyncGenerator<Buffer> {
  const block = Buffer.alloc(256 * 1024);
  for (let sent = 0; sent < total; sent += block.length) yield block;
}

test('a 64 MB body to the lookup gets 413 before it is read', { tag: '@once' }, async () => {
  const head = httpRequest(mainPort, 'POST', '/cek', {
    'Content-Type': 'multipart/form-data; boundary=x',
    'Content-Length': String(megabytes64),
  });
  const answer = await rawRequest(mainPort, head, zeros(megabytes64));
  expect(answer.status).toBe(413);
  for (const name of securityHeaders) expect(answer.headers[name]).toBeTruthy();
});

test('a 64 MB chunked body to the lookup is cut off with 413', { tag: '@once' }, async () => {
  const head = httpRequest(mainPort, 'POST', '/en/cek', {
    'Content-Type': 'multipart/form-data; boundary=x',
    'Transfer-Encoding': 'chunked',
  });
  async function* chunks() {
    for await (const block of zeros(megabytes64))
      yield Buffer.concat([Buffer.from(`${block.length.toString(16)}\r\n`), block, Buffer.from('\r\n')]);
  }
  const answer = await rawRequest(mainPort, head, chunks());
  expect(answer.status).toBe(413);
});

test(
  'malformed requests get a 4xx (or a normal answer) with the security headers, never a 5xx',
  { tag: '@once' },
  async ({ request }) => {
    const cases = malformedCorpus(mainPort, await actionIds(request, `http://127.0.0.1:${mainPort}`));
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const failures: string[] = [];
    for (const { name, request: bytes } of cases) {
      const answer = await rawRequest(mainPort, bytes);
      if (answer.status >= 500) failures.push(`${name}: ${answer.status}`);
      const missing = securityHeaders.filter((header) => !answer.headers[header]);
      if (missing.length > 0) failures.push(`${name}: ${answer.status} without ${missing.join(', ')}`);
    }
    expect(failures).toEqual([]);
  },
);

test('HSTS is not claimed by a client over plain HTTP', { tag: '@once' }, async () => {
  const answer = await rawRequest(
    mainPort,
    httpRequest(mainPort, 'GET', '/cek', { 'X-Forwarded-Proto': 'https' }),
  );
  expect(answer.status).toBe(200);
  expect(answer.headers['strict-transport-security']).toBeUndefined();
});
