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
