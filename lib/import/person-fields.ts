import 'server-only';
import { matchKeysPrepared, prepareName } from '@/lib/matching';
import { keyedHash, maskIdentityNumber } from '@/lib/registry';

// What the registry stores instead of clear identity numbers and names as typed:
// keyed hashes and masks of NIK and No. KK, the normalised name and its match keys.
// The demo seed and the file import both derive them here, so a person written by
// either is found and matched the same way.
export type IdentityNumberFields = { hash: string; masked: string };

export function identityNumberFields(
  secret: string,
  purpose: 'nik' | 'kk',
  digits: string,
): IdentityNumberFields {
  return { hash: keyedHash(secret, purpose, digits), masked: maskIdentityNumber(digits) };
}

export type NameFields = { normalizedName: string; keys: string[] };

// Normalises once for both the stored name and its keys.
export function nameFields(fullName: string): NameFields {
  const prepared = prepareName(fullName);
  return { normalizedName: prepared.text, keys: matchKeysPrepared(prepared) };
}
