import 'server-only';
import { portalSecret } from '@/lib/registry/secret';
import { seal, unseal } from '@/lib/forms/seal';
import type { AssistedSearchErrors } from './schema';
import type { AssistedSearchOutcome } from './search';

// The search result reaches the page in a sealed, httpOnly cookie and a redirect, as the
// public lookup does: it works without JavaScript and the URL carries no name. The cookie
// holds person ids, never names; the page reads the persons again within the caller's scope.
export const assistedSearchCookie = { name: 'petugas_cek', ttlSeconds: 15 * 60 } as const;

export type AssistedFormValues = { villageCode: string; fullName: string; purpose: string };

export type AssistedSearchState =
  | { kind: 'invalid'; errors: AssistedSearchErrors; values: AssistedFormValues }
  | { kind: 'done'; outcome: AssistedSearchOutcome; values: AssistedFormValues };

type Stored = { userId: number; state: AssistedSearchState };

export function sealAssistedSearch(userId: number, state: AssistedSearchState): string {
  return seal(portalSecret(), assistedSearchCookie.name, { userId, state }, assistedSearchCookie.ttlSeconds);
}

function isStored(value: unknown): value is Stored {
  return (
    typeof value === 'object' &&
    value !== null &&
    'userId' in value &&
    'state' in value &&
    typeof value.state === 'object' &&
    value.state !== null &&
    'kind' in value.state
  );
}

// Only the staff member who searched sees the result, even on a shared office computer.
export function unsealAssistedSearch(userId: number, sealed: string | undefined): AssistedSearchState | null {
  const stored = unseal(portalSecret(), assistedSearchCookie.name, sealed);
  return isStored(stored) && stored.userId === userId ? stored.state : null;
}
