import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormToken, solveProofChallenge } from '@/lib/gate/proof';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { createPublicGate, type GateSubject, type PublicGate } from '@/lib/gate';
import { createPublicLimiter, type PublicLimiter, type PublicLimits } from '@/lib/gate/limits';
import { testEngines } from '../support/databases';

const secret = 'integration-test-portal-secret-32-chars!';
// The defaults' limits and schedule; a cheap base cost so hundreds of proofs solve in seconds.
const limits: PublicLimits = {
  ipPerMinute: 600,
  ipv6Net48PerMinute: 6000,
  challengesPerMinute: 1200,
  formTokenPerMinute: 60,
  ticketCodePerMinute: 10,
  slipVerificationsPerMinute: 10,
};
const settings = {
  baseCost: 50,
  raise: { perAddressPerMinute: 150, perVillagePerMinute: 60, maxDoublings: 4 },
  formToken: { delaySeconds: 3, lifetimeMinutes: 30 },
};
const village = (n: number): GateSubject => ({ kind: 'village', code: `35.78.05.${1000 + n}` });
const code = (subject: GateSubject) => (subject.kind === 'village' ? subject.code : undefined);
const seconds = (count: number) => count * 1000;

describe.each(testEngines())('the public gate on $name', (engine) => {
  let database: Database;
  let limiter: PublicLimiter;
  let gate: PublicGate;

  // What the widget does: fetch a challenge (priced for the chosen village), solve it, post it.
  async function solvedProof(ip: string, subject: GateSubject, now?: Date): Promise<string> {
    const issued = await gate.issueChallenge({ ip, villageCode: code(subject), now });
    if (issued.kind !== 'issued') throw new Error(`challenge refused: ${issued.scope}`);
    return solveProofChallenge(issued.challenge);
  }
  async function challengeCost(ip: string, subject: GateSubject): Promise<number> {
    const issued = await gate.issueChallenge({ ip, villageCode: code(subject) });
    if (issued.kind !== 'issued') throw new Error(`challenge refused: ${issued.scope}`);
    return issued.challenge.parameters.cost;
  }
  // A form served five seconds ago, as a resident without JavaScript posts it.
  const servedToken = () => signFormToken(secret, new Date(Date.now() - seconds(5)));

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    limiter = createPublicLimiter(database.prisma, limits, secret);
    gate = createPublicGate({ client: database.prisma, secret, limiter }, settings);
  });
  afterAll(() => database.close());

  it('admits 300 residents with solved proofs behind one address in a minute, and stops the same without proofs', async () => {
    const carrier = '203.0.113.77';
    const kinds: string[] = [];
    for (let resident = 0; resident < 300; resident++) {
      const subject = village(resident % 20);
      const proof = await solvedProof(carrier, subject);
      kinds.push((await gate.admit({ ip: carrier, subject, proof, token: undefined })).kind);
    }
    expect(kinds.filter((kind) => kind === 'admitted')).toHaveLength(300);

    const bot = '203.0.113.78';
    const refused: string[] = [];
    for (let request = 0; request < 300; request++) {
      refused.push(
        (await gate.admit({ ip: bot, subject: village(request % 20), proof: undefined, token: undefined }))
          .kind,
      );
    }
    expect(new Set(refused)).toEqual(new Set(['proof-failed']));
  });

  it('raises the cost for an address that asks for many challenges, and limits the endpoint', async () => {
    const busy = '203.0.113.80';
    const first = await challengeCost(busy, village(40));
    for (let asked = 1; asked < 160; asked++) await challengeCost(busy, village(40));
    expect(await challengeCost(busy, village(40))).toBe(2 * first);

    const tight = createPublicGate(
      {
        client: database.prisma,
        secret,
        limiter: createPublicLimiter(database.prisma, { ...limits, challengesPerMinute: 3 }, secret),
      },
      settings,
    );
    const outcomes = [];
    for (let asked = 0; asked < 4; asked++) outcomes.push(await tight.issueChallenge({ ip: '203.0.113.81' }));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['issued', 'issued', 'issued', 'limited']);
    expect(outcomes[3]).toMatchObject({ scope: 'challenge' });
  });

  it('stops an address past its flood limit even with solved proofs', async () => {
    const own = createPublicGate(
      {
        client: database.prisma,
        secret,
        limiter: createPublicLimiter(database.prisma, { ...limits, ipPerMinute: 5 }, secret),
      },
      settings,
    );
    const flooder = '198.51.100.90';
    const kinds: string[] = [];
    for (let request = 0; request < 6; request++) {
      const issued = await own.issueChallenge({ ip: flooder, villageCode: code(village(50)) });
      if (issued.kind !== 'issued') throw new Error('challenge refused');
      const proof = await solveProofChallenge(issued.challenge);
      kinds.push((await own.admit({ ip: flooder, subject: village(50), proof, token: undefined })).kind);
    }
    expect(kinds).toEqual(['admitted', 'admitted', 'admitted', 'admitted', 'admitted', 'limited']);
  });

  it('lets residents without JavaScript behind one address through at the form-token rate', async () => {
    const carrier = '192.0.2.44';
    const outcomes = [];
    for (let resident = 0; resident < 61; resident++) {
      outcomes.push(
        await gate.admit({
          ip: carrier,
          subject: village(60 + (resident % 5)),
          proof: undefined,
          token: servedToken(),
        }),
      );
    }
    expect(outcomes.slice(0, 60).every((outcome) => outcome.kind === 'admitted')).toBe(true);
    expect(outcomes[60]).toMatchObject({ kind: 'limited', scope: 'address' });
    // Their budget is not the proof users' one.
    const proof = await solvedProof(carrier, village(60));
    expect(await gate.admit({ ip: carrier, subject: village(60), proof, token: undefined })).toEqual({
      kind: 'admitted',
      pass: 'proof',
    });
  });

  it('never refuses a resident with a solved proof in a village flooded without proofs, and raises its cost', async () => {
    const flooded = village(70);
    const quiet = village(71);
    const before = await challengeCost('198.51.100.1', flooded);
    const cheap = await solvedProof('198.51.100.2', quiet);
    for (let request = 0; request < 300; request++) {
      const outcome = await gate.admit({
        ip: `10.0.${request >> 8}.${request & 255}`,
        subject: flooded,
        proof: undefined,
        token: undefined,
      });
      expect(outcome.kind).toBe('proof-failed');
    }
    expect(await challengeCost('198.51.100.1', flooded)).toBe(8 * before);
    expect(await challengeCost('198.51.100.1', quiet)).toBe(before);

    const resident = await solvedProof('198.51.100.3', flooded);
    expect(
      await gate.admit({ ip: '198.51.100.3', subject: flooded, proof: resident, token: undefined }),
    ).toEqual({
      kind: 'admitted',
      pass: 'proof',
    });
    // A proof bought cheaply for a quiet village does not pay for the flooded one.
    expect(
      await gate.admit({ ip: '198.51.100.2', subject: flooded, proof: cheap, token: undefined }),
    ).toEqual({
      kind: 'proof-failed',
    });
    expect(
      await gate.admit({ ip: '198.51.100.4', subject: flooded, proof: undefined, token: servedToken() }),
    ).toEqual({
      kind: 'admitted',
      pass: 'token',
    });
  });

  it('refuses a form token before its delay, after it expires, and on second use', async () => {
    const ip = '192.0.2.50';
    const ask = (token: string, now?: Date) =>
      gate.admit({ ip, subject: village(80), proof: undefined, token, now });
    expect(await ask(signFormToken(secret))).toEqual({ kind: 'proof-failed' });
    expect(await ask(signFormToken(secret, new Date(Date.now() - 31 * 60_000)))).toEqual({
      kind: 'proof-failed',
    });
    const token = servedToken();
    expect(await ask(token)).toEqual({ kind: 'admitted', pass: 'token' });
    expect(await ask(token)).toEqual({ kind: 'proof-failed' });
    expect(await ask('garbage')).toEqual({ kind: 'proof-failed' });
  });

  it('refuses a challenge on second use and after it expires', async () => {
    const ip = '192.0.2.60';
    const ask = (proof: string, now?: Date) =>
      gate.admit({ ip, subject: village(90), proof, token: undefined, now });
    const proof = await solvedProof(ip, village(90));
    expect(await ask(proof)).toEqual({ kind: 'admitted', pass: 'proof' });
    expect(await ask(proof)).toEqual({ kind: 'proof-failed' });
    const old = await solvedProof(ip, village(90), new Date(Date.now() - 6 * 60_000));
    expect(await ask(old)).toEqual({ kind: 'proof-failed' });
    const fresh = await solvedProof(ip, village(90));
    expect(await ask(fresh, new Date(Date.now() + 6 * 60_000))).toEqual({ kind: 'proof-failed' });
  });

  it('starts the work beside the limits only for a request whose proof or token checked out', async () => {
    const ip = '192.0.2.61';
    const passes: string[] = [];
    const ask = (proof: string | undefined, token?: string) =>
      gate.admit({ ip, subject: village(91), proof, token, onPass: () => passes.push('pass') });
    expect(await ask(undefined)).toEqual({ kind: 'proof-failed' });
    expect(await ask('garbage')).toEqual({ kind: 'proof-failed' });
    expect(passes).toEqual([]);
    expect(await ask(await solvedProof(ip, village(91)))).toEqual({ kind: 'admitted', pass: 'proof' });
    expect(await ask(undefined, servedToken())).toEqual({ kind: 'admitted', pass: 'token' });
    expect(passes).toEqual(['pass', 'pass']);
  });

  it('limits tracking per ticket code, without counting against any village', async () => {
    const ticket: GateSubject = { kind: 'ticket', code: 'TK7QW2PL' };
    const kinds: string[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const ip = `198.51.100.${100 + attempt}`;
      kinds.push(
        (await gate.admit({ ip, subject: ticket, proof: await solvedProof(ip, ticket), token: undefined }))
          .kind,
      );
    }
    expect(kinds.filter((kind) => kind === 'admitted')).toHaveLength(10);
    expect(kinds.at(-1)).toBe('limited');
    expect(await limiter.villageVolume('tiket:TK7QW2PL')).toBe(0);
  });

  it('checks slips without a proof, on a budget per address of their own', async () => {
    const ip = '198.51.100.200';
    const slip: GateSubject = { kind: 'slip', code: 'ABCDEFGHJKLM' };
    const kinds: string[] = [];
    for (let check = 0; check < 11; check++)
      kinds.push((await gate.admit({ ip, subject: slip, proof: undefined, token: undefined })).kind);
    expect(kinds.slice(0, 10).every((kind) => kind === 'admitted')).toBe(true);
    expect(kinds.at(-1)).toBe('limited');
    // The address's lookups are not spent by its slip checks.
    const proof = await solvedProof(ip, village(95));
    expect(await gate.admit({ ip, subject: village(95), proof, token: undefined })).toEqual({
      kind: 'admitted',
      pass: 'proof',
    });
  });
});
