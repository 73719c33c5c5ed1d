import { describe, expect, it } from 'vitest';
import { cameOverHttps, clientAddress } from '@/lib/gate/front/client-address';

describe('the client address without a proxy', () => {
  it.each([
    ['the socket address', '198.51.100.4', undefined, '198.51.100.4'],
    ['the socket address, whatever X-Forwarded-For claims', '198.51.100.4', '6.6.6.6', '198.51.100.4'],
    ['an IPv4-mapped socket address as IPv4', '::ffff:198.51.100.4', undefined, '198.51.100.4'],
    ['an IPv6 socket address in lower case', '2001:DB8::7', '6.6.6.6', '2001:db8::7'],
    ['no socket address as unknown', undefined, '6.6.6.6', 'unknown'],
  ])('takes %s', (_, socketAddress, forwardedFor, expected) => {
    expect(clientAddress({ socketAddress, forwardedFor, trustedProxyHops: 0 })).toBe(expected);
  });
});

describe('the client address behind trusted proxies', () => {
  it.each([
    ['what one proxy appended', 1, '203.0.113.7', '203.0.113.7'],
    ['what one proxy appended after a forged list', 1, '6.6.6.6, 7.7.7.7, 203.0.113.7', '203.0.113.7'],
    ['what the outer of two proxies appended', 2, '6.6.6.6, 203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['a bracketed IPv6 entry', 1, '[2001:DB8::1]', '2001:db8::1'],
    ['the proxy itself when the list is shorter than the hops', 2, '203.0.113.7', '10.0.0.1'],
    ['the proxy itself when there is no list', 1, undefined, '10.0.0.1'],
    ['garbage at the trusted place as unknown', 1, '203.0.113.7, evil', 'unknown'],
  ])('takes %s', (_, hops, forwardedFor, expected) => {
    expect(clientAddress({ socketAddress: '10.0.0.1', forwardedFor, trustedProxyHops: hops })).toBe(expected);
  });
});

describe('whether the request came over HTTPS', () => {
  it.each([
    ['a TLS socket', true, undefined, 0, true],
    ['plain HTTP claiming https without a proxy', false, 'https', 0, false],
    ['what our proxy says', false, 'https', 1, true],
    ['the proxy’s own entry, not the client’s', false, 'https, http', 1, false],
    ['plain HTTP behind a proxy', false, 'http', 1, false],
  ])('tells from %s', (_, encrypted, proto, hops, expected) => {
    expect(cameOverHttps(encrypted, proto, hops)).toBe(expected);
  });
});
