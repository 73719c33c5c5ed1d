import 'server-only';
import { createHmac } from 'node:crypto';

export type HashPurpose = 'nik' | 'kk' | 'name-query' | 'confirm-name' | 'confirm-person' | 'ticket-filer';

// HMAC-SHA-256 under the server secret: a leaked table cannot be reversed by hashing
// all 10^16 NIKs. The purpose is mixed in so a NIK hash never equals a KK hash.
export function keyedHash(secret: string, purpose: HashPurpose, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}
