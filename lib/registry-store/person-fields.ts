import 'server-only';
import { matchKeys, normalizeName } from '@/lib/matching';
import { keyedHash } from '@/lib/personal-data/keyed-hash';
import { maskIdentityNumber } from '@/lib/personal-data/mask';

// What the registry stores instead of clear identity numbers and names as typed:
// keyed hashes and masks of NIK and No. KK, the normalised name and its match keys.
// The demo seed and the file import both derive them here, so a person written by
// either is found and matched the same way.
export function identityNumberFields(
  secret: string,
  purpose: 'nik' | 'kk',
  digits: string,
): { hash: string; masked: string } {
  return { hash: keyedHash(secret, purpose, digits), masked: maskIdentityNumber(digits) };
}

export function nameFields(fullName: string): { normalizedName: string; keys: string[] } {
  return { normalizedName: normalizeName(fullName).text, keys: matchKeys(fullName) };
}
