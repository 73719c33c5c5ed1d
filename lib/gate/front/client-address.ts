import { isIP } from 'node:net';

// The one header through which the front (server.ts) tells the app who the client is. The
// front removes any copy the client sent, so nothing downstream ever reads a client's claim.
export const clientAddressHeader = 'x-portal-client-address';

export type ConnectionFacts = {
  socketAddress: string | undefined;
  // Every X-Forwarded-For line joined with commas, as Node presents repeated headers.
  forwardedFor: string | undefined;
  trustedProxyHops: number;
};

// Without proxies, the TCP peer. Behind N proxies that each append the address they saw (nginx's
// $proxy_add_x_forwarded_for), the Nth entry from the right is what our outermost proxy saw;
// anything left of it was written by the client. A chain shorter than N did not come through all
// our proxies, so the peer is the best address nobody chose.
export function clientAddress({ socketAddress, forwardedFor, trustedProxyHops }: ConnectionFacts): string {
  const peer = normalizeIp(socketAddress ?? '') ?? 'unknown';
  if (trustedProxyHops === 0) return peer;
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim());
  if (hops.length < trustedProxyHops || forwardedFor === undefined) return peer;
  return normalizeIp(hops[hops.length - trustedProxyHops] ?? '') ?? 'unknown';
}

// HTTPS when the socket is TLS, or when our trusted proxy says it spoke HTTPS to the client.
export function cameOverHttps(encrypted: boolean, forwardedProto: string | undefined, hops: number): boolean {
  if (encrypted) return true;
  if (hops === 0) return false;
  return forwardedProto?.split(',').at(-1)?.trim().toLowerCase() === 'https';
}

export function normalizeIp(value: string): string | null {
  const ip = value.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  return isIP(ip) ? ip.toLowerCase() : null;
}
