import { isIP } from 'node:net';

// Next.js (16) gives route handlers and server actions no socket address; its server copies the
// socket address into X-Forwarded-For only when the request does not carry one already.
// - Behind our proxy (trustProxy): the proxy appends the address it saw, so the last entry is the
//   client; entries before it are whatever the client wrote and are ignored.
// - Without a proxy: a single entry is the socket address Next recorded, or one the client forged
//   (Next keeps a client's header). Per-IP limits are then best effort; the village and global
//   limits still hold. Anything else is 'unknown', which shares one bucket rather than trusting it.
export function clientIp(headers: Headers, trustProxy: boolean): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const candidate = trustProxy
    ? (hops.at(-1) ?? headers.get('x-real-ip')?.trim())
    : hops.length === 1
      ? hops[0]
      : undefined;
  return candidate ? (normalizeIp(candidate) ?? 'unknown') : 'unknown';
}

function normalizeIp(value: string): string | null {
  const ip = value.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  return isIP(ip) ? ip.toLowerCase() : null;
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
