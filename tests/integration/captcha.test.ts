import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProofChallenge, solveProofChallenge, verifyProof } from '@/lib/gate/proof';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { testEngines } from '../support/databases';

const secret = 'integration-test-portal-secret-32-chars!';
const cost = 5_000;
const minutes = (count: number) => count * 60_000;

describe.each(testEngines())('proof of work on $name', (engine) => {
  let database: Database;
  const solved = async (now?: Date) => solveProofChallenge(await createProofChallenge(secret, cost, now));
  const check = (payload: string | undefined, now?: Date) =>
    verifyProof(database.prisma, secret, payload, now);

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
  });
  afterAll(() => database.close());

  it('passes a solved challenge once and refuses the same payload again', async () => {
    const payload = await solved();
    expect(await check(payload)).toMatchObject({ kind: 'passed' });
    expect(await check(payload)).toEqual({ kind: 'failed', reason: 'replayed' });
  });

  it('lets exactly one of two simultaneous uses through', async () => {
    const payload = await solved();
    const results = await Promise.all([check(payload), check(payload)]);
    expect(results.map((result) => result.kind).sort()).toEqual(['failed', 'passed']);
  });

  it('reports the price and the village a passed proof was bought for', async () => {
    const payload = await solveProofChallenge(
      await createProofChallenge(secret, cost, undefined, '35.78.05.1003'),
    );
    expect(await check(payload)).toEqual({
      kind: 'passed',
      iterationsPerAttempt: 100,
      villageCode: '35.78.05.1003',
    });
    expect(await check(await solved())).toEqual({
      kind: 'passed',
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

  it('forgets used proofs once they have expired', async () => {
    const later = new Date(Date.now() + minutes(20));
    const expiredBy = async (moment: Date) =>
      Number(
        (
          await database.sql.query<{ count: string }>(
            'SELECT count(*)::text AS count FROM used_proof WHERE expires_at < $1',
            [moment.toISOString()],
          )
        )[0]?.count,
      );
    expect(await expiredBy(later)).toBeGreaterThan(0);
    // Purging runs on about one call in a hundred; a thousand calls make missing it a 1-in-20,000 event.
    for (let call = 0; call < 1000 && (await expiredBy(later)) > 0; call++) {
      expect(await check(await solved(later), later)).toMatchObject({ kind: 'passed' });
    }
    expect(await expiredBy(later)).toBe(0);
  });
});
