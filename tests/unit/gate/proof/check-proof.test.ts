import { describe, expect, it } from 'vitest';
import { checkProof, createProofChallenge, solveProofChallenge } from '@/lib/gate/proof';

const secret = 'integration-test-portal-secret-32-chars!';
const cost = 5_000;
const minutes = (count: number) => count * 60_000;

// The proof's own checks; its one use is claimed with the limits (tests/integration/rate-limit.test.ts).
describe('checking a proof of work', () => {
  const solved = async (now?: Date) => solveProofChallenge(await createProofChallenge(secret, cost, now));
  const check = (payload: string | undefined, now?: Date) => checkProof(secret, payload, now);

  it('reports the price, the village a valid proof was bought for, and what to claim', async () => {
    const payload = await solveProofChallenge(
      await createProofChallenge(secret, cost, undefined, '35.78.05.1003'),
    );
    const checked = await check(payload);
    expect(checked).toMatchObject({ kind: 'valid', iterationsPerAttempt: 100, villageCode: '35.78.05.1003' });
    if (checked.kind !== 'valid') return;
    expect(checked.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(checked.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await check(await solved())).toMatchObject({
      kind: 'valid',
      iterationsPerAttempt: 100,
      villageCode: null,
    });
  });

  it('refuses a proof whose village was changed', async () => {
    const payload = JSON.parse(
      Buffer.from(
        await solveProofChallenge(await createProofChallenge(secret, cost, undefined, '35.78.05.1003')),
        'base64',
      ).toString('utf8'),
    );
    payload.challenge.parameters.data.desa = '35.78.05.1004';
    expect(await check(Buffer.from(JSON.stringify(payload)).toString('base64'))).toEqual({
      kind: 'failed',
      reason: 'invalid',
    });
  });

  it('refuses a payload whose challenge was changed', async () => {
    const payload = JSON.parse(Buffer.from(await solved(), 'base64').toString('utf8'));
    payload.challenge.parameters.cost = 1;
    expect(await check(Buffer.from(JSON.stringify(payload)).toString('base64'))).toEqual({
      kind: 'failed',
      reason: 'invalid',
    });
  });

  it('refuses a wrong solution to a genuine challenge', async () => {
    const payload = JSON.parse(Buffer.from(await solved(), 'base64').toString('utf8'));
    payload.solution.derivedKey = '00'.repeat(32);
    expect(await check(Buffer.from(JSON.stringify(payload)).toString('base64'))).toMatchObject({
      reason: 'invalid',
    });
  });

  it('refuses a challenge signed with another secret', async () => {
    const foreign = await solveProofChallenge(
      await createProofChallenge('another-portal-secret-of-32-characters', cost),
    );
    expect(await check(foreign)).toEqual({ kind: 'failed', reason: 'invalid' });
  });

  it('refuses a challenge older than five minutes', async () => {
    const issuedLongAgo = new Date(Date.now() - minutes(6));
    expect(await check(await solved(issuedLongAgo))).toEqual({ kind: 'failed', reason: 'expired' });
    const fresh = await solved();
    expect(await check(fresh, new Date(Date.now() + minutes(6)))).toEqual({
      kind: 'failed',
      reason: 'expired',
    });
  });

  it('tells garbage from no proof at all', async () => {
    expect(await check('not a payload')).toEqual({ kind: 'failed', reason: 'malformed' });
    expect(await check(Buffer.from('{"challenge":1}').toString('base64'))).toEqual({
      kind: 'failed',
      reason: 'malformed',
    });
    expect(await check(undefined)).toEqual({ kind: 'missing' });
    expect(await check('')).toEqual({ kind: 'missing' });
  });
});
