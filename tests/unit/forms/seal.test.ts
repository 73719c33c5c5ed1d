import { describe, expect, it } from 'vitest';
import { seal, unseal } from '@/lib/forms/seal';

const secret = 's'.repeat(40);

describe('sealed cookies', () => {
  it('round-trips a value within its lifetime', () => {
    const sealed = seal(secret, 'result', { kind: 'found', n: 1 }, 60, 1_000_000);
    expect(unseal(secret, 'result', sealed, 1_000_000 + 59_000)).toEqual({ kind: 'found', n: 1 });
  });

  it('reads nothing after expiry, under another purpose or secret, or when tampered', () => {
    const sealed = seal(secret, 'result', { a: 1 }, 60, 1_000_000);
    expect(unseal(secret, 'result', sealed, 1_000_000 + 61_000)).toBeUndefined();
    expect(unseal(secret, 'form', sealed, 1_000_000)).toBeUndefined();
    expect(unseal('t'.repeat(40), 'result', sealed, 1_000_000)).toBeUndefined();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA');
    expect(unseal(secret, 'result', tampered, 1_000_000)).toBeUndefined();
    expect(unseal(secret, 'result', 'garbage', 1_000_000)).toBeUndefined();
  });

  it('does not reveal its content', () => {
    expect(seal(secret, 'result', { name: 'S**I A****H' }, 60)).not.toContain('A****H');
  });
});
