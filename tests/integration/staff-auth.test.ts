import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAuth, type StaffAuth } from '@/lib/staff/sign-in/login';
import { createLoginLimiter } from '@/lib/gate/limits';
import { totpCodeAt } from '@/lib/staff/sign-in/totp';
import { createStaffUserAdmin } from '@/lib/staff/users';
import type { Database } from '@/lib/db';
import { demoStaffAccounts, demoStaffPassword } from '@/lib/staff/users/demo-accounts';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const minute = 60_000;
const sessionLimits = { idleMinutes: 30, maxHours: 12 };
const loginLimits = {
  perUserAndIp: 10,
  perUserAllIps: 100,
  perIp: 1000,
  slowDownAfter: 10,
  windowSeconds: 900,
};
const ip = '203.0.113.5';
const demoSecret = (username: string) =>
  demoStaffAccounts.find((account) => account.username === username)?.totpSecret ?? '';

describe.each(testEngines())('staff sign-in and sessions on $name', (engine) => {
  let database: Database;
  let clock = new Date('2026-03-02T08:00:00Z');
  let auth: StaffAuth;
  const authWith = (limits = loginLimits) =>
    createStaffAuth({
      database,
      limiter: createLoginLimiter(database.prisma, limits, testSecret),
      sessionLimits,
      secret: testSecret,
      now: () => clock,
    });
  const operatorLogin = async (username = 'operator.kedungdoro') => {
    const step = await auth.signInWithPassword({ username, password: demoStaffPassword, ip });
    if (step.kind !== 'signed-in') throw new Error(`expected a session, got ${step.kind}`);
    return step.token;
  };

  beforeAll(async () => {
    database = await openSeededDatabase(engine, 0);
    auth = authWith();
  });
  afterAll(() => database.close());

  it('signs an operator in with the password alone and reads the session with its scope', async () => {
    const token = await operatorLogin();
    expect(await auth.readSession(token)).toMatchObject({
      username: 'operator.kedungdoro',
      role: 'OPERATOR_DESA',
      regionCodes: ['35.78.05.1003'],
    });
  });

  it('asks Dinsos for the second factor and opens no session before it', async () => {
    const step = await auth.signInWithPassword({
      username: 'dinsos.surabaya',
      password: demoStaffPassword,
      ip,
    });
    expect(step.kind).toBe('second-factor');
    if (step.kind !== 'second-factor') return;
    const [row] = await database.sql.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM session WHERE user_id = $1',
      [step.pending.userId],
    );
    expect(row?.count).toBe(0);
    expect(await auth.signInWithCode({ pending: step.pending, code: '000000', ip })).toEqual({
      kind: 'rejected',
    });
    const code = totpCodeAt(demoSecret('dinsos.surabaya'), clock.getTime());
    const done = await auth.signInWithCode({ pending: step.pending, code, ip });
    expect(done.kind).toBe('signed-in');
    if (done.kind !== 'signed-in') return;
    expect(await auth.readSession(done.token)).toMatchObject({ role: 'DINSOS', regionCodes: ['35.78'] });
  });

  it('ends a session after 30 idle minutes, and keeps one that is used', async () => {
    const token = await operatorLogin();
    clock = new Date(clock.getTime() + 29 * minute);
    expect(await auth.readSession(token)).not.toBeNull();
    clock = new Date(clock.getTime() + 29 * minute);
    expect(await auth.readSession(token)).not.toBeNull();
    clock = new Date(clock.getTime() + 30 * minute);
    expect(await auth.readSession(token)).toBeNull();
    clock = new Date(clock.getTime() - 30 * minute);
    expect(await auth.readSession(token)).toBeNull();
  });

  it('ends a session 12 hours after login however busy it is', async () => {
    const started = clock;
    const token = await operatorLogin();
    for (let step = 1; step < 12 * 3; step++) {
      clock = new Date(started.getTime() + step * 20 * minute);
      expect(await auth.readSession(token)).not.toBeNull();
    }
    clock = new Date(started.getTime() + 12 * 60 * minute);
    expect(await auth.readSession(token)).toBeNull();
  });

  it('ends the session on logout', async () => {
    const token = await operatorLogin();
    await auth.signOut(token);
    expect(await auth.readSession(token)).toBeNull();
    const [row] = await database.sql.query<{ action: string }>(
      'SELECT action FROM staff_action_log ORDER BY id DESC LIMIT 1',
    );
    expect(row?.action).toBe('logout');
  });

  it('ends the sessions of a disabled account and refuses its password like a wrong one', async () => {
    const token = await operatorLogin('operator.cileunyi');
    const [user] = await database.sql.query<{ id: number }>(
      "SELECT id FROM staff_user WHERE username = 'operator.cileunyi'",
    );
    const users = createStaffUserAdmin({ database, secret: testSecret });
    expect(await users.setDisabled(null, user?.id ?? 0, true)).toEqual({ kind: 'done' });
    expect(await auth.readSession(token)).toBeNull();
    expect(
      await auth.signInWithPassword({ username: 'operator.cileunyi', password: demoStaffPassword, ip }),
    ).toEqual({ kind: 'rejected' });
    expect(await users.setDisabled(null, user?.id ?? 0, false)).toEqual({ kind: 'done' });
    await operatorLogin('operator.cileunyi');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    // Timing is not asserted (a shared machine makes that flaky); both paths run one Argon2
    // verification and one audit write by construction (lib/staff/sign-in/login.ts).
    const wrong = await auth.signInWithPassword({
      username: 'dinsos.bandung',
      password: 'bukan-kata-sandinya',
      ip,
    });
    const missing = await auth.signInWithPassword({
      username: 'nobody.here',
      password: 'bukan-kata-sandinya',
      ip,
    });
    expect(wrong).toEqual({ kind: 'rejected' });
    expect(missing).toEqual(wrong);
    const failures = await database.sql.query<{ action: string }>(
      "SELECT action FROM staff_action_log WHERE action = 'login.failed' ORDER BY id DESC LIMIT 2",
    );
    expect(failures).toHaveLength(2);
  });

  it('limits wrong passwords for a username per address, not for everyone, and per address', async () => {
    const limitedAuth = authWith({
      perUserAndIp: 3,
      perUserAllIps: 1000,
      perIp: 9,
      slowDownAfter: 100,
      windowSeconds: 900,
    });
    const attacker = '198.51.100.7';
    const attempt = (username: string, password: string, from: string) =>
      limitedAuth.signInWithPassword({ username, password, ip: from }).then((step) => step.kind);
    for (const username of ['operator.kedungdoro', 'no.such.user']) {
      const answers = [];
      for (let count = 0; count < 4; count++)
        answers.push(await attempt(username, 'salah-kata-sandi', attacker));
      expect(answers).toEqual(['rejected', 'rejected', 'rejected', 'limited']);
    }
    // From the attacking address even the right password waits for the window…
    expect(await attempt('operator.kedungdoro', demoStaffPassword, attacker)).toBe('limited');
    // … while the real user, elsewhere, signs in.
    expect(await attempt('operator.kedungdoro', demoStaffPassword, '203.0.113.77')).toBe('signed-in');
    // The attacking address has used its 9 attempts over all names: a third name is limited there.
    expect(await attempt('admin', 'x', attacker)).toBe('limited');
    expect(await attempt('admin', 'x', '198.51.100.8')).toBe('rejected');
    // Refusals over a limit are counted once per window and key, without name or address.
    const refusals = await database.sql.query<{ detail: unknown; subject: string; actor_id: number | null }>(
      "SELECT detail, subject, actor_id FROM staff_action_log WHERE action = 'login.limited' ORDER BY id",
    );
    expect(refusals).toEqual([
      { detail: { step: 'password', limit: 'user-address' }, subject: '', actor_id: null },
      { detail: { step: 'password', limit: 'user-address' }, subject: '', actor_id: null },
      { detail: { step: 'password', limit: 'address' }, subject: '', actor_id: null },
    ]);
  });

  it('keys an IPv6 client by its /64, and clears the count of the address that signs in', async () => {
    const limitedAuth = authWith({
      perUserAndIp: 2,
      perUserAllIps: 1000,
      perIp: 1000,
      slowDownAfter: 100,
      windowSeconds: 900,
    });
    const attempt = (password: string, from: string) =>
      limitedAuth
        .signInWithPassword({ username: 'operator.cileunyi', password, ip: from })
        .then((step) => step.kind);
    expect(await attempt('salah-kata-sandi', '2001:db8:7:1::10')).toBe('rejected');
    expect(await attempt(demoStaffPassword, '2001:db8:7:1::20')).toBe('signed-in');
    expect(await attempt('salah-kata-sandi', '2001:db8:7:1::30')).toBe('rejected');
    expect(await attempt('salah-kata-sandi', '2001:db8:7:1::40')).toBe('rejected');
    expect(await attempt(demoStaffPassword, '2001:db8:7:1:ffff::1')).toBe('limited');
    expect(await attempt(demoStaffPassword, '2001:db8:7:2::1')).toBe('signed-in');
  });

  it('slows down wrong passwords from one address without slowing the username elsewhere', async () => {
    const slowAuth = authWith({
      perUserAndIp: 100,
      perUserAllIps: 1000,
      perIp: 1000,
      slowDownAfter: 1,
      windowSeconds: 900,
    });
    // Waits double (1, 2, 4 … 60 s) from the first attempt on: ten quick tries meet one of them.
    const answers = [];
    for (let count = 0; count < 10; count++) {
      answers.push(
        await slowAuth.signInWithPassword({
          username: 'dinsos.bandung',
          password: 'salah',
          ip: '192.0.2.50',
        }),
      );
    }
    const wait = answers.find((answer) => answer.kind === 'limited');
    expect(wait).toMatchObject({ kind: 'limited' });
    expect(wait?.kind === 'limited' && wait.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(
      (await slowAuth.signInWithPassword({ username: 'dinsos.bandung', password: demoStaffPassword, ip }))
        .kind,
    ).toBe('second-factor');
  });

  it('accepts each authenticator code once', async () => {
    const signIn = async (code: string) => {
      const step = await auth.signInWithPassword({ username: 'admin', password: demoStaffPassword, ip });
      if (step.kind !== 'second-factor') throw new Error(`expected the code step, got ${step.kind}`);
      return (await auth.signInWithCode({ pending: step.pending, code, ip })).kind;
    };
    const secret = demoSecret('admin');
    const code = totpCodeAt(secret, clock.getTime());
    expect(await signIn(code)).toBe('signed-in');
    expect(await signIn(code)).toBe('rejected');
    expect(await signIn(totpCodeAt(secret, clock.getTime() + 30_000))).toBe('signed-in');
  });
});
