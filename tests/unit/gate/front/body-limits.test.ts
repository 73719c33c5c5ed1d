import { describe, expect, it } from 'vitest';
import {
  bodyLimitFor,
  defaultBodyBytes,
  isRouteHandlerPath,
  publicFormBytes,
  ticketBodyBytes,
} from '@/lib/gate/front/body-limits';

const limits = { attachmentMaxBytes: 5 * 1024 * 1024, importMaxBytes: 512 * 1024 * 1024 };

describe('how much body a path may receive', () => {
  it.each([
    ['/cek', publicFormBytes],
    ['/en/cek', publicFormBytes],
    ['/cek/', publicFormBytes],
    ['/lacak', publicFormBytes],
    ['/en/verifikasi', publicFormBytes],
    ['/ajukan/usulan', ticketBodyBytes(limits)],
    ['/en/ajukan/sanggahan', ticketBodyBytes(limits)],
    ['/petugas/tiket/baru', ticketBodyBytes(limits)],
    ['/petugas/tiket/AB12', defaultBodyBytes],
    ['/api/impor', limits.importMaxBytes],
    ['/petugas/impor', defaultBodyBytes],
    ['/petugas/masuk', defaultBodyBytes],
    ['/cekcek', defaultBodyBytes],
    ['/english/cek', defaultBodyBytes],
    ['/', defaultBodyBytes],
  ])('%s takes at most its limit', (path, limit) => {
    expect(bodyLimitFor(path, limits)).toBe(limit);
  });

  it('gives ticket forms room for two attachments and their fields', () => {
    expect(ticketBodyBytes(limits)).toBeGreaterThan(2 * limits.attachmentMaxBytes);
    expect(ticketBodyBytes(limits)).toBeLessThan(2 * limits.attachmentMaxBytes + 1024 * 1024);
  });

  it.each([
    ['/api/regions/35', true],
    ['/api/impor', true],
    ['/petugas/impor', false],
    ['/cek', false],
  ])('%s is a route handler: %s', (path, expected) => {
    expect(isRouteHandlerPath(path)).toBe(expected);
  });
});
