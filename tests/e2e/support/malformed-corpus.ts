import { httpRequest } from './raw-http';

export type MalformedCase = { name: string; request: Buffer };
export type ActionIds = { lookup: string; ticket: string };

const boundary = '----portal-corpus';
const part = (name: string, value: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const multipart = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };

// Requests a browser would not send but a stranger can: each must get a 4xx (or a normal answer),
// never a 5xx, and always the security headers.
export function malformedCorpus(port: number, actions: ActionIds): MalformedCase[] {
  const get = (target: string, headers: Record<string, string> = {}) =>
    httpRequest(port, 'GET', target, headers);
  const post = (target: string, headers: Record<string, string>, body: string) =>
    httpRequest(port, 'POST', target, headers, body);
  const lookupAction = { 'Next-Action': actions.lookup };
  const ticketAction = { 'Next-Action': actions.ticket };
  const paths = [
    '/petugas/warga/%25',
    '/en/petugas/warga/%25',
    '/petugas/slip/%25',
    '/petugas/tiket/%25',
    '/petugas/impor/%25',
    '/petugas/impor/%25/perubahan',
    '/petugas/impor/%25/ditolak',
    '/slip/%25',
    '/tiket/%25',
    '/impor/%25',
    '/petugas/warga/%ZZ',
    '/petugas/warga/%E0%A4%A',
    '/petugas/warga/99999999999999999999999',
    '/petugas/warga/1%0d%0aSet-Cookie:%20x=1',
    '/cek/%C0%AF',
    '/%',
    '/en/%E2%82',
    '/cek%2F..%2F..%2Fetc',
    '/api/regions/%FF',
    '/api/regions/%C3%28',
    '/api/regions/35%00',
    '/api/regions/%25',
    '/api/regions/%ED%A0%80',
    '/api/tiket/%25/lampiran/1',
    '/api/tiket/ABC/lampiran/%25',
    '/_next/static/%25',
    '/cek?x=%25',
    '/cek/hasil?%ZZ=%ZZ',
    '/lacak/hasil?kode=%E0',
    '/verifikasi?kode=%25',
  ];
  const cases: MalformedCase[] = paths.map((target) => ({ name: `GET ${target}`, request: get(target) }));
  cases.push(
    {
      name: 'raw 0xff in the path',
      request: Buffer.concat([
        Buffer.from('GET /cek/'),
        Buffer.from([0xff]),
        Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
      ]),
    },
    { name: 'no Host header', request: Buffer.from('GET /cek HTTP/1.1\r\nConnection: close\r\n\r\n') },
    { name: 'a garbage request line', request: Buffer.from('HELLO\r\n\r\n') },
    {
      name: 'a bad chunk size',
      request: post('/cek', { 'Transfer-Encoding': 'chunked' }, 'zz\r\nxx\r\n0\r\n\r\n'),
    },
    { name: 'Content-Length that is not a number', request: post('/cek', { 'Content-Length': 'abc' }, '') },
    { name: 'garbage cookies', request: get('/cek/hasil', { Cookie: '=%ZZ; a; b=%E0' }) },
    {
      name: 'an RSC request with a garbage router tree',
      request: get('/cek', { RSC: '1', 'Next-Router-State-Tree': '%ZZ[[' }),
    },
    {
      name: 'an RSC request with a JSON router tree of the wrong shape',
      request: get('/cek', { RSC: '1', 'Next-Router-State-Tree': encodeURIComponent('[[[]]]') }),
    },
    { name: 'Next-Action on a GET', request: get('/cek', lookupAction) },
    {
      name: 'an unknown action id',
      request: post('/cek', { 'Next-Action': 'f'.repeat(42), 'Content-Type': 'text/plain' }, '[]'),
    },
    {
      name: 'an empty action id',
      request: post('/cek', { 'Next-Action': '', 'Content-Type': 'text/plain' }, '[]'),
    },
    {
      name: 'an action body that is not JSON',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'text/plain;charset=UTF-8' }, 'not json {'),
    },
    {
      name: 'an action body of JSON for no arguments',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'text/plain;charset=UTF-8' }, '[]'),
    },
    {
      name: 'an action body of a JSON object',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'text/plain;charset=UTF-8' }, '{"a":1}'),
    },
    {
      name: 'an action with a JSON content type',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'application/json' }, '[]'),
    },
    { name: 'an action without a content type', request: post('/cek', lookupAction, '[]') },
    {
      name: 'a truncated multipart action body',
      request: post(
        '/cek',
        { ...lookupAction, ...multipart },
        `${part('1_fullName', 'Sri')}--${boundary}\r\nContent-Dispo`,
      ),
    },
    {
      name: 'a multipart action body without its closing boundary',
      request: post('/cek', { ...lookupAction, ...multipart }, part('0', '["$K1"]')),
    },
    {
      name: 'a multipart body whose boundary is missing',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'multipart/form-data' }, part('0', '[]')),
    },
    {
      name: 'a multipart body with another boundary',
      request: post(
        '/cek',
        { ...lookupAction, 'Content-Type': 'multipart/form-data; boundary=xyz' },
        `${part('0', '[]')}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'a multipart action body with a broken argument',
      request: post(
        '/cek',
        { ...lookupAction, ...multipart },
        `${part('0', '["$K1", {')}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'a no-JS form post, truncated',
      request: post(
        '/cek',
        multipart,
        `${part(`$ACTION_ID_${actions.lookup}`, '')}--${boundary}\r\nContent-Disposition: form-data; name="fullN`,
      ),
    },
    {
      name: 'a no-JS form post for an unknown action',
      request: post('/cek', multipart, `${part(`$ACTION_ID_${'e'.repeat(42)}`, '')}--${boundary}--\r\n`),
    },
    {
      name: 'a no-JS urlencoded post with a bad escape',
      request: post(
        '/cek',
        { 'Content-Type': 'application/x-www-form-urlencoded' },
        `%24ACTION_ID_${actions.lookup}=&fullName=%ZZ`,
      ),
    },
    {
      name: 'a no-JS post with a broken bound-action reference',
      request: post(
        '/ajukan/usulan',
        multipart,
        `${part('$ACTION_REF_0', '')}${part('$ACTION_0:0', '{"id":')}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'a no-JS post whose bound argument is []',
      request: post(
        '/ajukan/usulan',
        multipart,
        `${part('$ACTION_REF_0', '')}${part('$ACTION_0:1', '[[]]')}${part('$ACTION_0:0', JSON.stringify({ id: actions.ticket, bound: '$@1' }))}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'a JS call whose bound argument is []',
      request: post(
        '/ajukan/usulan',
        { ...ticketAction, ...multipart },
        `${part('0', '[[],"$K1"]')}${part('1_intent', 'x')}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'a JS call whose bound argument is an unknown kind',
      request: post('/ajukan/usulan', { ...ticketAction, 'Content-Type': 'text/plain' }, '["HACK",{}]'),
    },
    {
      name: 'a foreign Origin on an action',
      request: post(
        '/cek',
        { ...lookupAction, 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
        '[]',
      ),
    },
    {
      name: 'a foreign Origin on a no-JS form post',
      request: post(
        '/cek',
        { ...multipart, Origin: 'https://evil.example' },
        `${part(`$ACTION_ID_${actions.lookup}`, '')}--${boundary}--\r\n`,
      ),
    },
    {
      name: 'Origin: null on an action',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'text/plain', Origin: 'null' }, '[]'),
    },
    {
      name: 'a garbage Origin',
      request: post('/cek', { ...lookupAction, 'Content-Type': 'text/plain', Origin: '::::' }, '[]'),
    },
    {
      name: 'a forged X-Forwarded-Host to match a foreign Origin',
      request: post(
        '/cek',
        {
          ...lookupAction,
          'Content-Type': 'text/plain',
          Origin: 'https://evil.example',
          'X-Forwarded-Host': 'evil.example',
        },
        '[]',
      ),
    },
    {
      name: 'a POST to a GET-only route',
      request: post('/api/regions/35', { 'Content-Type': 'text/plain' }, 'x'),
    },
    { name: 'a DELETE on a page', request: httpRequest(port, 'DELETE', '/cek', {}) },
    { name: 'an OPTIONS on a page', request: httpRequest(port, 'OPTIONS', '/cek', {}) },
    {
      name: 'a plain POST to a page with no action',
      request: post('/info', { 'Content-Type': 'text/plain' }, 'hello'),
    },
  );
  return cases;
}
