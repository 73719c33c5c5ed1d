import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seal } from '@/lib/forms/seal';
import { sealedCookie } from '@/lib/forms/sealed-cookie';

const secret = () => 's'.repeat(40);
const flashCookie = sealedCookie({
  name: 'test_flash',
  maxAge: 120,
  secret,
  schema: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('invalid'), username: z.string() }),
    z.object({ kind: z.literal('limited'), retryAfterSeconds: z.number() }),
  ]),
});

// A cookie jar as Next's cookies() offers it.
function jar() {
  const values = new Map<string, { value: string; options: unknown }>();
  return {
    values,
    get: (name: string) => values.get(name),
    set: (name: string, value: string, options: unknown) => void values.set(name, { value, options }),
    delete: (name: string) => void values.delete(name),
  };
}

describe('sealed cookies defined by a schema', () => {
  it('round-trips a value of its shape', () => {
    const value = { kind: 'limited', retryAfterSeconds: 30 } as const;
    expect(flashCookie.unseal(flashCookie.seal(value))).toEqual(value);
  });

  it('sets a private cookie a page reads back, and clears it', () => {
    const cookies = jar();
    flashCookie.set(cookies, { kind: 'invalid', username: 'operator' }, true);
    expect(cookies.values.get('test_flash')?.options).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
      maxAge: 120,
    });
    expect(flashCookie.read(cookies)).toEqual({ kind: 'invalid', username: 'operator' });
    flashCookie.clear(cookies);
    expect(flashCookie.read(cookies)).toBeNull();
  });

  it('reads a tampered, foreign or missing value as nothing', () => {
    const sealed = flashCookie.seal({ kind: 'invalid', username: 'operator' });
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA');
    expect(flashCookie.unseal(tampered)).toBeNull();
    expect(flashCookie.unseal('garbage')).toBeNull();
    expect(flashCookie.unseal(undefined)).toBeNull();
    // Sealed for another cookie's name: the key differs, so it does not open.
    expect(
      flashCookie.unseal(seal(secret(), 'other_cookie', { kind: 'limited', retryAfterSeconds: 1 }, 60)),
    ).toBeNull();
  });

  it('reads a genuine value of another shape (an older release) as nothing', () => {
    expect(flashCookie.unseal(seal(secret(), 'test_flash', { kind: 'limited' }, 60))).toBeNull();
    expect(flashCookie.unseal(seal(secret(), 'test_flash', { kind: 'gone', username: 'x' }, 60))).toBeNull();
    expect(flashCookie.unseal(seal(secret(), 'test_flash', 'just text', 60))).toBeNull();
  });

  it('reads an expired value as nothing', () => {
    const old = seal(
      secret(),
      'test_flash',
      { kind: 'limited', retryAfterSeconds: 1 },
      120,
      Date.now() - 121_000,
    );
    expect(flashCookie.unseal(old)).toBeNull();
  });

  it('shrinks a value that would outgrow what a browser keeps', () => {
    const notes = sealedCookie({
      name: 'test_notes',
      maxAge: 60,
      secret,
      schema: z.object({ short: z.string(), long: z.string().optional() }),
      shrink: ({ short }) => ({ short }),
    });
    const random = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(
      '',
    );
    expect(notes.unseal(notes.seal({ short: 'kept', long: random }))).toEqual({ short: 'kept' });
    expect(notes.unseal(notes.seal({ short: 'kept', long: 'small' }))).toEqual({
      short: 'kept',
      long: 'small',
    });
  });
});
