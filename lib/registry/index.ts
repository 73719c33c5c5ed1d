// The registry for the server: the vocabulary and rules (client.ts) plus keyed hashes and the
// portal secret, which are server-only.
export * from './client';
export { keyedHash } from './keyed-hash';
export { portalSecret } from './secret';
