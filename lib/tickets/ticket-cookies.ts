import 'server-only';
import { z } from 'zod';
import { sealedCookie, sealedView } from '@/lib/forms';
import type { FilingResult } from './public-filing';
import { ticketTextFields, type TicketFormValues } from './form-values';
import { ticketErrorKeys, ticketFields, ticketKindName, type TicketKindName } from './schema';
import type { TrackingOutcome } from './track-ticket';

// Like the lookup: results travel to the next page in sealed, httpOnly cookies and a
// redirect, so the same flow works with and without JavaScript and the URL carries nothing.

export type FilingFlash =
  | (Exclude<FilingResult, { kind: 'filed' } | { kind: 'limited' }> & { ticketKind: TicketKindName })
  | { kind: 'draft'; ticketKind: TicketKindName; values: TicketFormValues };
export type Acknowledgement = { code: string; ticketKind: TicketKindName };
export type TrackingFlash =
  | { kind: 'invalid'; errors: { code?: boolean; birthDate?: boolean }; code: string }
  | { kind: 'not-found' | 'proof-failed' | 'service-error'; code: string };

const values = z.partialRecord(z.enum(ticketTextFields), z.string()) satisfies z.ZodType<TicketFormValues>;

// The long texts are left out rather than lose the errors when the flash outgrows a cookie.
const longFields = ['reasons', 'members', 'description', 'address'] as const;
function withoutLongTexts(flash: FilingFlash): FilingFlash {
  const shortValues = { ...flash.values };
  for (const field of longFields) delete shortValues[field];
  return { ...flash, values: shortValues };
}

export const filingFormCookie = sealedCookie({
  name: 'tiket_form',
  maxAge: 120,
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('invalid'),
      ticketKind: ticketKindName,
      errors: z.partialRecord(z.enum(ticketFields), z.enum(ticketErrorKeys)),
      values,
    }),
    z.object({
      kind: z.enum(['proof-failed', 'service-error', 'draft']),
      ticketKind: ticketKindName,
      values,
    }),
  ]) satisfies z.ZodType<FilingFlash>,
  shrink: withoutLongTexts,
});

export const acknowledgementCookie = sealedCookie({
  name: 'tiket_terkirim',
  maxAge: 30 * 60,
  schema: z.object({ code: z.string(), ticketKind: ticketKindName }) satisfies z.ZodType<Acknowledgement>,
});

export const trackingCookie = sealedCookie({
  name: 'lacak_hasil',
  maxAge: 10 * 60,
  schema: z.object({
    kind: z.literal('found'),
    ticket: sealedView<Extract<TrackingOutcome, { kind: 'found' }>['ticket']>(),
  }),
});

export const trackingFormCookie = sealedCookie({
  name: 'lacak_form',
  maxAge: 120,
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('invalid'),
      errors: z.object({ code: z.boolean().optional(), birthDate: z.boolean().optional() }),
      code: z.string(),
    }),
    z.object({ kind: z.enum(['not-found', 'proof-failed', 'service-error']), code: z.string() }),
  ]) satisfies z.ZodType<TrackingFlash>,
});
