import 'server-only';
import { portalSecret } from '@/lib/registry/secret';
import { seal, unseal } from '@/lib/forms/seal';
import type { FilingResult } from './public-filing';
import type { TicketFormValues } from './form-values';
import type { TicketKindName } from './schema';
import type { TrackingOutcome } from './track-ticket';

// Like the lookup: results travel to the next page in sealed, httpOnly cookies and a
// redirect, so the same flow works with and without JavaScript and the URL carries nothing.
export const filingFormCookie = { name: 'tiket_form', ttlSeconds: 120 } as const;
export const acknowledgementCookie = { name: 'tiket_terkirim', ttlSeconds: 30 * 60 } as const;
export const trackingCookie = { name: 'lacak_hasil', ttlSeconds: 10 * 60 } as const;
export const trackingFormCookie = { name: 'lacak_form', ttlSeconds: 120 } as const;

export type FilingFlash =
  | (Exclude<FilingResult, { kind: 'filed' } | { kind: 'limited' }> & { ticketKind: TicketKindName })
  | { kind: 'draft'; ticketKind: TicketKindName; values: TicketFormValues };
export type Acknowledgement = { code: string; ticketKind: TicketKindName };

// A browser drops a cookie over 4 KB; the long texts are left out rather than lose the errors.
const cookieBudget = 3800;
const longFields = ['reasons', 'members', 'description', 'address'] as const;

export function sealFilingFlash(flash: FilingFlash): string {
  const sealed = seal(portalSecret(), filingFormCookie.name, flash, filingFormCookie.ttlSeconds);
  if (sealed.length <= cookieBudget || !('values' in flash)) return sealed;
  const values = { ...flash.values };
  for (const field of longFields) delete values[field];
  return seal(portalSecret(), filingFormCookie.name, { ...flash, values }, filingFormCookie.ttlSeconds);
}

function isObjectWith(value: unknown, key: string): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}

// These checks guard against an older shape after an upgrade, not forgery (AES-GCM does that).
export function unsealFilingFlash(value: string | undefined): FilingFlash | null {
  const flash = unseal(portalSecret(), filingFormCookie.name, value);
  return isObjectWith(flash, 'ticketKind') && isObjectWith(flash, 'kind') ? (flash as FilingFlash) : null;
}

export function sealAcknowledgement(acknowledgement: Acknowledgement): string {
  return seal(portalSecret(), acknowledgementCookie.name, acknowledgement, acknowledgementCookie.ttlSeconds);
}

export function unsealAcknowledgement(value: string | undefined): Acknowledgement | null {
  const stored = unseal(portalSecret(), acknowledgementCookie.name, value);
  return isObjectWith(stored, 'code') && isObjectWith(stored, 'ticketKind')
    ? (stored as Acknowledgement)
    : null;
}

export function sealTracking(outcome: Extract<TrackingOutcome, { kind: 'found' }>): string {
  return seal(portalSecret(), trackingCookie.name, outcome, trackingCookie.ttlSeconds);
}

export function unsealTracking(
  value: string | undefined,
): Extract<TrackingOutcome, { kind: 'found' }> | null {
  const stored = unseal(portalSecret(), trackingCookie.name, value);
  return isObjectWith(stored, 'ticket') ? (stored as Extract<TrackingOutcome, { kind: 'found' }>) : null;
}

export type TrackingFlash =
  | { kind: 'invalid'; errors: { code?: boolean; birthDate?: boolean }; code: string }
  | { kind: 'not-found' | 'proof-failed' | 'service-error'; code: string };

export function sealTrackingFlash(flash: TrackingFlash): string {
  return seal(portalSecret(), trackingFormCookie.name, flash, trackingFormCookie.ttlSeconds);
}

export function unsealTrackingFlash(value: string | undefined): TrackingFlash | null {
  const flash = unseal(portalSecret(), trackingFormCookie.name, value);
  return isObjectWith(flash, 'kind') && isObjectWith(flash, 'code') ? (flash as TrackingFlash) : null;
}
