import { describe, expect, it } from 'vitest';
import { checkRequest, isCleanPath } from '@/lib/gate/front/request-checks';

const rules = {
  attachmentMaxBytes: 5 * 1024 * 1024,
  importMaxBytes: 512 * 1024 * 1024,
  knownActionIds: new Set(['40abc']),
};
const multipart = 'multipart/form-data; boundary=x';
const check = (method: string, url: string, headers: Record<string, string> = {}) =>
  checkRequest({ method, url, headers: { host: 'portal.example', ...headers } }, rules)?.status ?? null;

describe('paths our routes can take', () => {
  it.each([
    ['/petugas/warga/12', true],
    ['/cek', true],
    ['/en/info/tanya-jawab', true],
    ['/api/regions/35.78', true],
    ['/petugas/warga/%25', false],
    ['/slip/%25', false],
    ['/petugas/warga/%ZZ', false],
    ['/api/regions/%FF', false],
    ['/api/regions/%C3%28', false],
    ['/api/regions/%ED%A0%80', false],
    ['/cek/%00', false],
    ['/cek/1%0d%0aSet-Cookie:x', false],
    ['/%', false],
    ['cek', false],
  ])('%s is clean: %s', (path, expected) => {
    expect(isCleanPath(path)).toBe(expected);
  });
});

describe('what the front refuses before Next reads anything', () => {
  it.each([
    ['a page', 'GET', '/cek', {}, null],
    ['a bad escape in the path', 'GET', '/petugas/slip/%25', {}, 400],
    ['a bad escape in the query only (the page checks its own input)', 'GET', '/cek?x=%25', {}, null],
    ['a lookup post under its limit', 'POST', '/cek', { 'content-length': '2000' }, null],
    ['a 64 MB lookup post', 'POST', '/en/cek', { 'content-length': String(64 * 1024 * 1024) }, 413],
    ['a 17 KB lookup post', 'POST', '/cek', { 'content-length': String(17 * 1024) }, 413],
    [
      'a ticket with two attachments',
      'POST',
      '/ajukan/usulan',
      { 'content-length': String(10 * 1024 * 1024) },
      null,
    ],
    [
      'a ticket bigger than two attachments',
      'POST',
      '/ajukan/usulan',
      { 'content-length': String(11 * 1024 * 1024) },
      413,
    ],
    ['a post from another site', 'POST', '/cek', { origin: 'https://evil.example' }, 403],
    ['a post from a hidden origin', 'POST', '/cek', { origin: 'null' }, 403],
    [
      'a post from our own page',
      'POST',
      '/cek',
      { origin: 'https://portal.example', 'content-type': multipart },
      null,
    ],
    ['an unknown action', 'POST', '/cek', { 'next-action': 'ffff', 'content-type': multipart }, 404],
    ['an action on a GET', 'GET', '/cek', { 'next-action': '40abc' }, null],
    [
      'an action posted as JSON',
      'POST',
      '/cek',
      { 'next-action': '40abc', 'content-type': 'application/json' },
      415,
    ],
    [
      'an action without parameters',
      'POST',
      '/cek',
      { 'next-action': '40abc', 'content-type': 'text/plain;charset=UTF-8' },
      null,
    ],
    [
      'a known action posted as a form',
      'POST',
      '/cek',
      { 'next-action': '40abc', 'content-type': multipart },
      null,
    ],
    ['a known action on PUT', 'PUT', '/cek', { 'next-action': '40abc', 'content-type': multipart }, 405],
  ])('%s → %s', (_, method, url, headers, status) => {
    expect(check(method, url, headers)).toBe(status);
  });

  it('refuses a request without Host', () => {
    expect(checkRequest({ method: 'GET', url: '/cek', headers: {} }, rules)?.status).toBe(400);
  });
});
