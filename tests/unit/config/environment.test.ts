import { describe, expect, it } from 'vitest';
import { parseFrontSettings } from '@/lib/environment';

describe('the front’s settings', () => {
  it('trusts no proxy and holds uploads to their defaults', () => {
    expect(parseFrontSettings({})).toEqual({
      trustedProxyHops: 0,
      attachmentMaxBytes: 5 * 1024 * 1024,
      importMaxBytes: 512 * 1024 * 1024,
    });
  });

  it.each([
    [{ PORTAL_TRUSTED_PROXY_HOPS: '2' }, 2],
    [{ PORTAL_TRUST_PROXY: 'true' }, 1],
    [{ PORTAL_TRUST_PROXY: 'false' }, 0],
    [{ PORTAL_TRUST_PROXY: 'true', PORTAL_TRUSTED_PROXY_HOPS: '0' }, 0],
  ])('counts trusted hops from %o', (environment, hops) => {
    expect(parseFrontSettings(environment).trustedProxyHops).toBe(hops);
  });

  it.each([
    { PORTAL_TRUSTED_PROXY_HOPS: '-1' },
    { PORTAL_TRUSTED_PROXY_HOPS: 'many' },
    { PORTAL_IMPORT_MAX_BYTES: '10' },
  ])('stops on %o with a message naming it', (environment) => {
    expect(() => parseFrontSettings(environment)).toThrow(Object.keys(environment)[0]);
  });
});
