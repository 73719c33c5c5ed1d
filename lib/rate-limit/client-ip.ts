import { isIP } from 'node:net';
import { clientAddressHeader, normalizeIp } from '@/lib/http/front/client-address';

// The address the limits count. The front (server.ts) takes it from the TCP connection, or from
// the configured number of trusted proxies, and sets it in its own header after removing any copy
// the client sent; X-Forwarded-For, Forwarded and X-Real-IP are never read here. Without the
// header (a request that did not come through the front) every client shares 'unknown'.
export function clientIp(headers: Headers): string {
  return normalizeIp(headers.get(clientAddressHeader)?.trim() ?? '') ?? 'unknown';
}

function ipv6Groups(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}

// One IPv6 subscriber usually holds a whole /64, so counting single addresses would let one
// phone rotate through 2^64 of them.
export function ipBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}

// A site (or a small provider's customer) often holds a /48: 65,536 /64s to rotate through.
// Coarse, so only for a flood guard; IPv4 addresses stay themselves.
export function ipPrefix48(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip).slice(0, 3).join(':')}::/48`;
}
