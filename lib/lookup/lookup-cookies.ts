import 'server-only';
import { z } from 'zod';
import { sealedCookie, sealedView } from '@/lib/forms';
import type { LookupOutcome } from './find-residents';
import type { LookupFormValues, PublicLookupResult } from './public-lookup';
import { lookupErrorKeys, lookupFields } from './schema';

// The typed name is the resident's own input, kept so "search again with your date of
// birth" does not make them type it twice.
export type StoredResult = { villageCode: string; typedName: string; outcome: LookupOutcome };
// What the form page shows after a round trip: errors, a failed check, or (while the
// region is chosen step by step without JavaScript) just the values typed so far.
export type FormFlash =
  | Exclude<PublicLookupResult, { kind: 'done' } | { kind: 'limited' }>
  | { kind: 'draft'; values: LookupFormValues };

const values = z.object({
  fullName: z.string(),
  birthDay: z.string(),
  birthMonth: z.string(),
  birthYear: z.string(),
}) satisfies z.ZodType<LookupFormValues>;

// The result page reads the outcome for half an hour (reload, print).
export const resultCookie = sealedCookie({
  name: 'cek_hasil',
  maxAge: 30 * 60,
  schema: z.object({
    villageCode: z.string(),
    typedName: z.string(),
    outcome: sealedView<LookupOutcome>(),
  }) satisfies z.ZodType<StoredResult>,
});

// Read by the page the action redirects to, a moment later; short so that an old
// error does not greet the resident on a later visit.
export const formCookie = sealedCookie({
  name: 'cek_form',
  maxAge: 120,
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('invalid'),
      errors: z.partialRecord(z.enum(lookupFields), z.enum(lookupErrorKeys)),
      values,
    }),
    z.object({ kind: z.enum(['proof-failed', 'service-error', 'draft']), values }),
  ]) satisfies z.ZodType<FormFlash>,
});
