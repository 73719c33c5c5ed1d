import 'server-only';
import { z } from 'zod';
import { sealedCookie, sealedView } from '@/lib/forms';
import { assistedErrorKeys, assistedSearchFields, type AssistedSearchErrors } from './schema';
import type { AssistedSearchOutcome } from './search';

export type AssistedFormValues = { villageCode: string; fullName: string; purpose: string };

export type AssistedSearchState =
  | { kind: 'invalid'; errors: AssistedSearchErrors; values: AssistedFormValues }
  | { kind: 'done'; outcome: AssistedSearchOutcome; values: AssistedFormValues };

const values = z.object({
  villageCode: z.string(),
  fullName: z.string(),
  purpose: z.string(),
}) satisfies z.ZodType<AssistedFormValues>;

// The search result reaches the page in a sealed, httpOnly cookie and a redirect, as the
// public lookup does: it works without JavaScript and the URL carries no name. The cookie
// holds person ids, never names; the page reads the persons again within the caller's scope.
export const assistedSearchCookie = sealedCookie({
  name: 'petugas_cek',
  maxAge: 15 * 60,
  schema: z.object({
    userId: z.number(),
    state: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('invalid'),
        errors: z.partialRecord(z.enum(assistedSearchFields), z.enum(assistedErrorKeys)),
        values,
      }),
      z.object({ kind: z.literal('done'), outcome: sealedView<AssistedSearchOutcome>(), values }),
    ]) satisfies z.ZodType<AssistedSearchState>,
  }),
});

// Only the staff member who searched sees the result, even on a shared office computer.
export function assistedSearchFor(
  userId: number,
  jar: Parameters<typeof assistedSearchCookie.read>[0],
): AssistedSearchState | null {
  const stored = assistedSearchCookie.read(jar);
  return stored?.userId === userId ? stored.state : null;
}
