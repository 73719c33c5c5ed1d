import 'server-only';
import { portalSecret } from '@/lib/registry/secret';
import { seal, unseal } from '@/lib/forms/seal';
import type { LookupOutcome } from './find-residents';
import type { LookupFormValues, PublicLookupResult } from './public-lookup';

// The result and the form's last state travel to the next page in sealed, httpOnly
// cookies: the page is reached by a redirect (so reload and print work, with and
// without JavaScript), the URL carries nothing personal, and the server stores nothing.
export const resultCookie = { name: 'cek_hasil', ttlSeconds: 30 * 60 } as const;
// Read by the page the action redirects to, a moment later; short so that an old
// error does not greet the resident on a later visit.
export const formCookie = { name: 'cek_form', ttlSeconds: 120 } as const;

// The typed name is the resident's own input, kept so "search again with your date of
// birth" does not make them type it twice.
export type StoredResult = { villageCode: string; typedName: string; outcome: LookupOutcome };
// What the form page shows after a round trip: errors, a failed check, or (while the
// region is chosen step by step without JavaScript) just the values typed so far.
export type FormFlash =
  | Exclude<PublicLookupResult, { kind: 'done' } | { kind: 'limited' }>
  | { kind: 'draft'; values: LookupFormValues };

export function sealResult(result: StoredResult): string {
  return seal(portalSecret(), resultCookie.name, result, resultCookie.ttlSeconds);
}

export function unsealResult(value: string | undefined): StoredResult | null {
  const stored = unseal(portalSecret(), resultCookie.name, value);
  return isStoredResult(stored) ? stored : null;
}

export function sealFormFlash(flash: FormFlash): string {
  return seal(portalSecret(), formCookie.name, flash, formCookie.ttlSeconds);
}

export function unsealFormFlash(value: string | undefined): FormFlash | null {
  const flash = unseal(portalSecret(), formCookie.name, value);
  return isFormFlash(flash) ? flash : null;
}

// The cookie was sealed by this server with this shape; these checks guard against an
// older shape after an upgrade, not against forgery (AES-GCM does that).
function isStoredResult(value: unknown): value is StoredResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'villageCode' in value &&
    'typedName' in value &&
    'outcome' in value
  );
}

function isFormFlash(value: unknown): value is FormFlash {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    (value.kind === 'invalid' ||
      value.kind === 'proof-failed' ||
      value.kind === 'service-error' ||
      value.kind === 'draft')
  );
}
