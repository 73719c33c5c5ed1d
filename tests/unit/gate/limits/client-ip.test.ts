import { describe, expect, it } from 'vitest';
import { clientIp, ipBucket, ipv6Net48 } from '@/lib/gate/limits/client-ip';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the address the limits count', () => {
  it.each([
    ['the front’s header', { 'x-portal-client-address': '203.0.113.7' }, '203.0.113.7'],
    [
      'an IPv4-mapped IPv6 address as IPv4',
      { 'x-portal-client-address': '::ffff:203.0.113.9' },
      '203.0.113.9',
    ],
    ['an IPv6 address in lower case', { 'x-portal-client-address': '2001:DB8::1' }, '2001:db8::1'],
    ['garbage as unknown', { 'x-portal-client-address': 'evil' }, 'unknown'],
    ['nothing as unknown', {}, 'unknown'],
    [
      'never X-Forwarded-For, Forwarded or X-Real-IP',
      { 'x-forwarded-for': '198.51.100.4', forwarded: 'for=198.51.100.5', 'x-real-ip': '198.51.100.6' },
      'unknown',
    ],
  ])('takes %s', (_, values, expected) => {
    expect(clientIp(headers(values))).toBe(expected);
  });
});

describe('the bucket an address counts in', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0001::9', '2001:db8:0:1::/64'],
    ['unknown', 'unknown'],
  ])('counts %s as %s', (ip, bucket) => {
    expect(ipBucket(ip)).toBe(bucket);
  });
});

describe('the /48 an address floods in', () => {
  it.each([
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['2001:0db8:00aa:ffff::9', '2001:db8:aa::/48'],
    ['203.0.113.7', null],
    ['unknown', null],
  ])('puts %s in %s', (ip, net) => {
    expect(ipv6Net48(ip)).toBe(net);
  });
});
