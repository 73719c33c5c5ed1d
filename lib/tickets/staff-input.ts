import { z } from 'zod';
import { ticketCode, villageCode } from '@/lib/forms';
import type { MusdesDecision } from './musdes';
import { ticketKinds } from './schema';
import { ticketStates } from './transitions';

const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

// The queue's filters from the URL; anything malformed is simply ignored.
export const queueFilterInput = z.object({
  state: z.preprocess(emptyAsUndefined, z.enum(ticketStates).optional()).catch(undefined),
  kind: z.preprocess(emptyAsUndefined, z.enum(ticketKinds).optional()).catch(undefined),
  villageCode: z.preprocess(emptyAsUndefined, villageCode.optional()).catch(undefined),
});

export const moveFormInput = z.object({
  code: ticketCode,
  expectedState: z.enum(ticketStates),
  to: z.enum(ticketStates),
  note: z.string().max(600).default(''),
  musdes: z.preprocess(emptyAsUndefined, z.enum(['agreed', 'not-agreed']).optional()),
});

export const musdesVillageInput = villageCode;

// The Musdes form: one decision (and maybe a reason) per usulan code, and the minutes.
export function musdesDecisionsFrom(form: FormData, codes: readonly string[]): MusdesDecision[] {
  return codes.map((code) => {
    const decision = form.get(`decision-${code}`);
    const reason = form.get(`reason-${code}`);
    return {
      code,
      decision: decision === 'agreed' || decision === 'not-agreed' ? decision : 'skip',
      reason: typeof reason === 'string' ? reason.slice(0, 600) : '',
    };
  });
}
