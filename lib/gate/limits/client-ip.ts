import { isIP } from 'node:net';
import { clientAddressHeader, normalizeIp } from '@/lib/gate/front/client-address';

// The address the limits count. The front (server.ts) takes it from the TCP connection, or from
// the configured number of trusted proxies, and sets it in its own header after removing any copy
// the client sent; X-Forwarded-For, Forwarded and X-Real-IP are never read here. Without the
// header (a request that did not come through the front) every client shares 'unknown'.
export function clientIp(headers: Headers): string {
  return normalizeIp(headers.get(clientAddressHeader)?.trim() ?? '') ?? 'unknown';
}

// One IPv6 subscriber usually holds a whole /64, so counting single addresses would let one
// phone rotate through 2^64 of them.
export function ipBucket(ip: string): string {
  const groups = ipv6Groups(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

// A provider usually hands a site a /48 (65,536 /64s): the coarser window a flood from many
// /64s of one network still fills. Null for IPv4, whose bucket is the address itself.
export function ipv6Net48(ip: string): string | null {
  const groups = ipv6Groups(ip);
  return groups ? `${groups.slice(0, 3).join(':')}::/48` : null;
}

// The eight groups of an IPv6 address, '::' expanded and leading zeros dropped.
function ipv6Groups(ip: string): string[] | null {
  if (isIP(ip) !== 6) return null;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
