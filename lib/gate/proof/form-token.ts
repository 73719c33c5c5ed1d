import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The no-JavaScript pass: a token signed into the form when the page is served. It holds its issue
// time and a random id; it is good from a few seconds after it was served (a person reads and types,
// a script that fetches and posts at once does not) until some minutes later, and only once.
export type FormTokenWindow = { delaySeconds: number; lifetimeMinutes: number };
export type FormTokenCheck =
  | { kind: 'valid'; id: string; expiresAt: Date }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: 'malformed' | 'forged' | 'early' | 'expired' };

const shape = /^([0-9a-z]{1,12})\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, body: string): string {
  const key = createHmac('sha256', secret).update('form-token:key').digest();
  return createHmac('sha256', key).update(body).digest('base64url');
}

export function signFormToken(secret: string, now = new Date()): string {
  const body = `${now.getTime().toString(36)}.${randomBytes(16).toString('hex')}`;
  return `${body}.${mac(secret, body)}`;
}

export function checkFormToken(
  secret: string,
  token: string | undefined,
  window: FormTokenWindow,
  now = new Date(),
): FormTokenCheck {
  if (token === undefined || token === '') return { kind: 'missing' };
  const [, issued = '', id = '', signature = ''] = shape.exec(token) ?? [];
  if (!signature) return { kind: 'invalid', reason: 'malformed' };
  const expected = Buffer.from(mac(secret, `${issued}.${id}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { kind: 'invalid', reason: 'forged' };
  const issuedAt = parseInt(issued, 36);
  const expiresAt = new Date(issuedAt + window.lifetimeMinutes * 60_000);
  if (now.getTime() < issuedAt + window.delaySeconds * 1000) return { kind: 'invalid', reason: 'early' };
  if (now >= expiresAt) return { kind: 'invalid', reason: 'expired' };
  return { kind: 'valid', id, expiresAt };
}
