import type { PasswordProblem } from '@/lib/staff/sign-in/password-policy';
import type { ScopeProblem } from './scope-rules';

// What the user form shows next to each field; keys of the Users.errors messages.
export type UserFieldError =
  | 'username-format'
  | 'username-taken'
  | 'display-name'
  | 'role'
  | `password-${PasswordProblem}`
  | `regions-${ScopeProblem | 'unknown-code'}`;
export type UserFieldErrors = Partial<
  Record<'username' | 'displayName' | 'role' | 'regions' | 'password', UserFieldError>
>;

export const userFields = ['username', 'displayName', 'role', 'regions', 'password'] as const;
// Every UserFieldError once, for the flash cookie's schema; the check below fails the typecheck
// when a new problem is added to the type but not here.
export const userFieldErrors = [
  'username-format',
  'username-taken',
  'display-name',
  'role',
  'password-too-short',
  'password-too-long',
  'password-common',
  'password-contains-username',
  'password-repetitive',
  'regions-village-required',
  'regions-regency-required',
  'regions-one-regency',
  'regions-admin-no-region',
  'regions-bad-code',
  'regions-unknown-code',
] as const satisfies readonly UserFieldError[];
type Unlisted = Exclude<UserFieldError, (typeof userFieldErrors)[number]>;
export const everyUserFieldErrorListed: [Unlisted] extends [never] ? true : Unlisted = true;
