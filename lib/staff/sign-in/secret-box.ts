import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

// TOTP secrets are stored encrypted with a key derived from PORTAL_SECRET (AES-256-GCM), so a
// copy of the database alone cannot mint second-factor codes.
const prefix = 'v1:';

function key(portalSecret: string): Buffer {
  return createHmac('sha256', portalSecret).update('staff-totp-secret').digest();
}

export function encryptSecret(portalSecret: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(portalSecret), iv);
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return prefix + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

export function decryptSecret(portalSecret: string, stored: string): string | null {
  if (!stored.startsWith(prefix)) return null;
  try {
    const bytes = Buffer.from(stored.slice(prefix.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(portalSecret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
