import { describe, expect, it } from 'vitest';
import { clientIp, ipBucket, ipv6Net48 } from '@/lib/rate-limit/client-ip';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the client address behind our proxy', () => {
  it.each([
    ['the hop our proxy appended', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }, '203.0.113.7'],
    ['a single hop', { 'x-forwarded-for': '203.0.113.7' }, '203.0.113.7'],
    ['X-Real-IP when there is no X-Forwarded-For', { 'x-real-ip': '203.0.113.8' }, '203.0.113.8'],
    ['an IPv4-mapped IPv6 address as IPv4', { 'x-forwarded-for': '::ffff:203.0.113.9' }, '203.0.113.9'],
    ['a bracketed IPv6 address', { 'x-forwarded-for': '[2001:DB8::1]' }, '2001:db8::1'],
    ['garbage as unknown', { 'x-forwarded-for': 'evil' }, 'unknown'],
    ['nothing as unknown', {}, 'unknown'],
  ])('takes %s', (_, values, expected) => {
    expect(clientIp(headers(values), true)).toBe(expected);
  });
});

describe('the client address without a proxy', () => {
  it.each([
    ['the socket address Next recorded', { 'x-forwarded-for': '198.51.100.4' }, '198.51.100.4'],
    ['a list it cannot attribute as unknown', { 'x-forwarded-for': '6.6.6.6, 198.51.100.4' }, 'unknown'],
    ['X-Real-IP never', { 'x-real-ip': '198.51.100.5' }, 'unknown'],
  ])('takes %s', (_, values, expected) => {
    expect(clientIp(headers(values), false)).toBe(expected);
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
