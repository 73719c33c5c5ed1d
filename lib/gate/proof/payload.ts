import { z } from 'zod';
import type { Payload } from 'altcha-lib';

// The widget (altcha@3) posts `btoa(JSON.stringify({ challenge: { parameters, signature }, solution }))`
// in its hidden input (see field.ts).

// A real payload is well under 1 kB; anything far larger is not worth decoding.
const maxPayloadLength = 4096;
const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
const hex = z.string().regex(/^[0-9a-f]+$/i);

// Loose: the signature covers every parameter, so unknown keys must reach the check unchanged.
const parameters = z.looseObject({
  algorithm: z.string(),
  nonce: hex,
  salt: hex,
  cost: z.number().int().positive(),
  keyLength: z.number().int().positive(),
  keyPrefix: hex,
  // Every challenge we issue signs its derived key; without one, verifying would mean running
  // the full PBKDF2 for whoever asks.
  keySignature: hex,
  expiresAt: z.number().positive(),
  // What the cost was priced for (challenge.ts); signed like every other parameter.
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

const payloadSchema = z.object({
  challenge: z.object({ parameters, signature: hex.max(128) }),
  solution: z.object({
    counter: z.number().int().nonnegative(),
    derivedKey: z.string(),
    time: z.number().optional(),
  }),
});

export type ProofPayload = z.infer<typeof payloadSchema>;

export function parseProofPayload(payload: string): ProofPayload | null {
  if (payload.length > maxPayloadLength || !base64.test(payload)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function encodeProofPayload(payload: Payload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64');
}
