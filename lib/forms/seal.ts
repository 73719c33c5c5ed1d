import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

// Encrypts and authenticates a small JSON value for a cookie (AES-256-GCM). The
// browser keeps it, the server keeps nothing; a tampered or expired cookie reads as
// nothing. The purpose is part of the key, so one cookie cannot stand in for another.
function keyFor(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`sealed-cookie:${purpose}`).digest();
}

export function seal(
  secret: string,
  purpose: string,
  value: unknown,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const body = JSON.stringify({ exp: Math.floor(now / 1000) + ttlSeconds, value });
  const encrypted = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

export function unseal(
  secret: string,
  purpose: string,
  sealed: string | undefined,
  now = Date.now(),
): unknown {
  if (!sealed) return undefined;
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const body = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('exp' in parsed) || !('value' in parsed))
      return undefined;
    return typeof parsed.exp === 'number' && parsed.exp * 1000 > now ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}
