import { commonPasswords } from './common-passwords';

export const minimumPasswordLength = 12;
export const maximumPasswordLength = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-username' | 'repetitive';

const commonSet = new Set(commonPasswords);

// A common word dressed up with digits or symbols at the ends ("Indonesia2026!") is as weak as the word.
function core(password: string): string {
  return password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
}

// One or two characters repeated ("aaaaaaaaaaaa", "abababababab") or a run of the keyboard's digits.
function isRepetitive(password: string): boolean {
  if (new Set(password.toLowerCase()).size <= 2) return true;
  return '01234567890123456789'.includes(password) || '98765432109876543210'.includes(password);
}

// NIST SP 800-63B: a length floor, no composition rules, and a check against known weak
// passwords. Returns the first problem to fix, or null when the password may be used.
export function passwordProblem(password: string, username = ''): PasswordProblem | null {
  if ([...password].length < minimumPasswordLength) return 'too-short';
  if ([...password].length > maximumPasswordLength) return 'too-long';
  const lower = password.toLowerCase();
  if (commonSet.has(lower) || commonSet.has(core(password))) return 'common';
  if (isRepetitive(password)) return 'repetitive';
  const name = username.trim().toLowerCase();
  if (
    name.length >= 3 &&
    (lower.includes(name) || name.split(/[._-]/).some((part) => part.length >= 4 && lower.includes(part)))
  )
    return 'contains-username';
  return null;
}
