import { describe, expect, it } from 'vitest';
import { parseFrontSettings } from '@/lib/environment';

describe('the front’s settings', () => {
  it('trusts no proxy and holds uploads and public posts to their defaults', () => {
    expect(parseFrontSettings({})).toEqual({
      trustedProxyHops: 0,
      attachmentMaxBytes: 5 * 1024 * 1024,
      importMaxBytes: 512 * 1024 * 1024,
      shedding: { limit: 8, queue: 32, maxWaitMs: 1000 },
    });
  });

  it('reads the load-shedding settings and refuses a negative one', () => {
    expect(
      parseFrontSettings({
        PORTAL_PUBLIC_ACTION_CONCURRENCY: '3',
        PORTAL_PUBLIC_ACTION_QUEUE: '0',
        PORTAL_PUBLIC_ACTION_WAIT_MS: '250',
      }).shedding,
    ).toEqual({ limit: 3, queue: 0, maxWaitMs: 250 });
    expect(() => parseFrontSettings({ PORTAL_PUBLIC_ACTION_QUEUE: '-1' })).toThrow(
      /PORTAL_PUBLIC_ACTION_QUEUE/,
    );
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
