import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createProofChallenge } from '@/lib/gate/proof/challenge';
import { parseProofPayload } from '@/lib/gate/proof/payload';
import { solveProofChallenge } from '@/lib/gate/proof/solve';
import { proofAlgorithm, proofShape } from '@/lib/gate/proof/work';

const secret = 'unit-test-portal-secret-of-32-characters!';

describe('a proof-of-work challenge', () => {
  it('is a signed PBKDF2 challenge in deterministic mode that expires in five minutes', async () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const { parameters, signature } = await createProofChallenge(secret, 5_000, now);
    expect(parameters).toMatchObject({ algorithm: proofAlgorithm, cost: 100, keyLength: 32 });
    expect(parameters.expiresAt).toBe(now.getTime() / 1000 + 300);
    expect(parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the village it was priced for, when there is one', async () => {
    expect((await createProofChallenge(secret, 5_000, undefined, '35.78.05.1003')).parameters.data).toEqual({
      desa: '35.78.05.1003',
    });
    expect((await createProofChallenge(secret, 5_000)).parameters.data).toBeUndefined();
  });

  it('is not signed with the raw portal secret', async () => {
    const { parameters, signature } = await createProofChallenge(secret, 5_000);
    expect(createHmac('sha256', secret).update(JSON.stringify(parameters)).digest('hex')).not.toBe(signature);
  });

  it('is solved in Node into the payload the widget would post', async () => {
    const challenge = await createProofChallenge(secret, 5_000);
    const payload = parseProofPayload(await solveProofChallenge(challenge));
    expect(payload?.challenge).toEqual({ parameters: challenge.parameters, signature: challenge.signature });
    expect(payload?.solution.counter).toBeLessThanOrEqual(proofShape(5_000).maxCounter);
  });
});

describe('the work split', () => {
  it.each([
    [1, 1],
    [5_000, 100],
    [500_000, 10_000],
  ])('spreads a cost of %i over attempts of %i iterations', (cost, iterations) => {
    expect(proofShape(cost)).toEqual({ iterationsPerAttempt: iterations, maxCounter: 100 });
  });
});
