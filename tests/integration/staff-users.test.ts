import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAuth } from '@/lib/staff/sign-in/login';
import { createLoginLimiter } from '@/lib/gate/limits';
import { totpCodeAt } from '@/lib/staff/sign-in/totp';
import type { Database } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { verifyStaffActionLog } from '@/lib/staff/log';
import { createStaffUserAdmin, type StaffUserAdmin } from '@/lib/staff/users';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const password = 'sawah hijau cileunyi 7';
const ip = '203.0.113.9';

describe.each(testEngines())('staff user management on $name', (engine) => {
  let database: Database;
  let users: StaffUserAdmin;
  let admin: StaffCaller;
  const auth = () =>
    createStaffAuth({
      database,
      limiter: createLoginLimiter(
        database.prisma,
        { perUserAndIp: 100, perUserAllIps: 100, perIp: 100, slowDownAfter: 100, windowSeconds: 900 },
        testSecret,
      ),
      sessionLimits: { idleMinutes: 30, maxHours: 12 },
      secret: testSecret,
    });

  beforeAll(async () => {
    database = await openSeededDatabase(engine, 0);
    users = createStaffUserAdmin({ database, secret: testSecret });
    const [row] = await database.sql.query<{ id: number }>(
      "SELECT id FROM staff_user WHERE username = 'admin'",
    );
    admin = { userId: row?.id ?? 0, role: 'ADMIN', regionCodes: [] };
  });
  afterAll(() => database.close());

  it('lets only admins manage users, in the service itself', async () => {
    const dinsos: StaffCaller = { userId: 3, role: 'DINSOS', regionCodes: ['35.78'] };
    expect(await users.list(dinsos)).toBeNull();
    expect(
      await users.create(dinsos, {
        username: 'x.y.z',
        displayName: 'X',
        role: 'ADMIN',
        regions: '',
        password,
      }),
    ).toEqual({ kind: 'forbidden' });
    expect(await users.setDisabled(dinsos, 1, true)).toEqual({ kind: 'forbidden' });
    expect(await users.resetPassword(dinsos, 1, password)).toEqual({ kind: 'forbidden' });
    expect(await users.resetTotp(dinsos, 1)).toEqual({ kind: 'forbidden' });
  });

  it('checks region codes against the official tables and the role', async () => {
    const attempt = (role: string, regions: string) =>
      users.create(admin, {
        username: 'operator.baru',
        displayName: 'Operator Baru',
        role,
        regions,
        password,
      });
    expect(await attempt('OPERATOR_DESA', '35.78.05.9999')).toEqual({
      kind: 'invalid',
      errors: { regions: 'regions-unknown-code' },
    });
    expect(await attempt('OPERATOR_DESA', '35.78')).toEqual({
      kind: 'invalid',
      errors: { regions: 'regions-bad-code' },
    });
    expect(await attempt('DINSOS', '35.78, 32.04')).toEqual({
      kind: 'invalid',
      errors: { regions: 'regions-one-regency' },
    });
    expect(
      await users.create(admin, {
        username: 'Bad Name!',
        displayName: '',
        role: 'KEPALA',
        regions: '',
        password: 'password1234',
      }),
    ).toEqual({
      kind: 'invalid',
      errors: {
        username: 'username-format',
        displayName: 'display-name',
        role: 'role',
        password: 'password-common',
      },
    });
  });

  it('creates an operator with two villages, who then signs in', async () => {
    const created = await users.create(admin, {
      username: ' Operator.Dua ',
      displayName: 'Operator Dua Desa',
      role: 'OPERATOR_DESA',
      regions: '35.78.05.1003 35.78.05.1004',
      password,
    });
    expect(created).toMatchObject({ kind: 'created', totp: null });
    const step = await auth().signInWithPassword({ username: 'operator.dua', password, ip });
    expect(step.kind).toBe('signed-in');
    if (step.kind !== 'signed-in') return;
    expect(await auth().readSession(step.token)).toMatchObject({
      role: 'OPERATOR_DESA',
      regionCodes: ['35.78.05.1003', '35.78.05.1004'],
    });
    expect(
      await users.create(admin, {
        username: 'operator.dua',
        displayName: 'Lagi',
        role: 'OPERATOR_DESA',
        regions: '35.78.05.1003',
        password,
      }),
    ).toEqual({ kind: 'invalid', errors: { username: 'username-taken' } });
  });

  it('gives Dinsos a second factor shown once, and a reset replaces it and ends sessions', async () => {
    const created = await users.create(admin, {
      username: 'dinsos.baru',
      displayName: 'Dinsos Baru',
      role: 'DINSOS',
      regions: '32.04',
      password,
    });
    if (created.kind !== 'created' || !created.totp) throw new Error('expected a TOTP secret');
    const signIn = async (secret: string) => {
      const step = await auth().signInWithPassword({ username: 'dinsos.baru', password, ip });
      if (step.kind !== 'second-factor') throw new Error(`expected the code step, got ${step.kind}`);
      return auth().signInWithCode({ pending: step.pending, code: totpCodeAt(secret), ip });
    };
    const first = await signIn(created.totp.secret);
    expect(first.kind).toBe('signed-in');

    const reset = await users.resetTotp(admin, created.userId);
    if (reset.kind !== 'done') throw new Error('expected a new secret');
    expect(reset.totp.secret).not.toBe(created.totp.secret);
    if (first.kind === 'signed-in') expect(await auth().readSession(first.token)).toBeNull();
    expect((await signIn(created.totp.secret)).kind).toBe('rejected');
    expect((await signIn(reset.totp.secret)).kind).toBe('signed-in');
  });

  it('resets a password under the same policy and ends the sessions', async () => {
    const [row] = await database.sql.query<{ id: number }>(
      "SELECT id FROM staff_user WHERE username = 'operator.dua'",
    );
    const userId = row?.id ?? 0;
    const before = await auth().signInWithPassword({ username: 'operator.dua', password, ip });
    expect(await users.resetPassword(admin, userId, 'short')).toEqual({
      kind: 'invalid',
      errors: { password: 'password-too-short' },
    });
    expect(await users.resetPassword(admin, userId, 'kopi tubruk pagi hari')).toEqual({ kind: 'done' });
    if (before.kind === 'signed-in') expect(await auth().readSession(before.token)).toBeNull();
    expect((await auth().signInWithPassword({ username: 'operator.dua', password, ip })).kind).toBe(
      'rejected',
    );
    expect(
      (await auth().signInWithPassword({ username: 'operator.dua', password: 'kopi tubruk pagi hari', ip }))
        .kind,
    ).toBe('signed-in');
  });

  it('refuses to let an admin disable their own account', async () => {
    expect(await users.setDisabled(admin, admin.userId, true)).toEqual({ kind: 'refused-self' });
  });

  it('records every change in the chained log, with the admin as actor', async () => {
    const actions = await database.sql.query<{ action: string; actor_id: number | null }>(
      "SELECT action, actor_id FROM staff_action_log WHERE action LIKE 'user.%' ORDER BY id",
    );
    expect(actions.map((row) => row.action)).toEqual([
      'user.create',
      'user.create',
      'user.totp-reset',
      'user.password-reset',
    ]);
    expect(actions.every((row) => row.actor_id === admin.userId)).toBe(true);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact' });
  });
});
