import { describe, expect, it } from 'vitest';
import { encodeProofPayload, parseProofPayload } from '@/lib/gate/proof/payload';

const widgetPayload = {
  challenge: {
    parameters: {
      algorithm: 'PBKDF2/SHA-256',
      cost: 10_000,
      expiresAt: 1_900_000_000,
      keyLength: 32,
      keyPrefix: '0a1b2c',
      keySignature: 'ab'.repeat(32),
      nonce: '01'.repeat(16),
      salt: '02'.repeat(16),
    },
    signature: 'cd'.repeat(32),
  },
  solution: { counter: 42, derivedKey: 'ef'.repeat(32), time: 812.4 },
};
const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('the ALTCHA payload', () => {
  it('reads what the widget posts: base64 of the challenge and its solution', () => {
    expect(parseProofPayload(base64Json(widgetPayload))).toEqual(widgetPayload);
  });

  it('round-trips through the encoder the Node solver uses', () => {
    expect(parseProofPayload(encodeProofPayload(widgetPayload))).toEqual(widgetPayload);
  });

  it('keeps parameters it does not know, so the signature check sees them', () => {
    const extended = {
      ...widgetPayload,
      challenge: {
        ...widgetPayload.challenge,
        parameters: { ...widgetPayload.challenge.parameters, data: { x: 1 } },
      },
    };
    expect(parseProofPayload(base64Json(extended))?.challenge.parameters).toHaveProperty('data', { x: 1 });
  });

  it.each([
    ['not base64', 'this is not base64!'],
    ['base64 of text', Buffer.from('hello').toString('base64')],
    ['base64 of a number', base64Json(42)],
    [
      'a v1 payload',
      base64Json({ algorithm: 'SHA-256', challenge: 'ab', number: 1, salt: 'x', signature: 'ab' }),
    ],
    [
      'no key signature',
      base64Json({
        ...widgetPayload,
        challenge: {
          ...widgetPayload.challenge,
          parameters: { ...widgetPayload.challenge.parameters, keySignature: undefined },
        },
      }),
    ],
    ['a negative counter', base64Json({ ...widgetPayload, solution: { counter: -1, derivedKey: 'ab' } })],
    ['far too long', 'A'.repeat(5000)],
  ])('refuses %s', (_, payload) => {
    expect(parseProofPayload(payload)).toBeNull();
  });
});
