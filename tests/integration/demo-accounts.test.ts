import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAuth, type StaffAuth } from '@/lib/staff/sign-in/login';
import { createLoginLimiter } from '@/lib/gate/limits';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { importRegistryFile } from '@/lib/import';
import { loadOfficialRegions } from '@/lib/regions/load';
import { demoStaffBesideRealDataMessage, prepareDatabase } from '@/lib/setup/prepare-database';
import { removeDemoStaff } from '@/lib/staff/users';
import { demoStaffPassword } from '@/lib/staff/users/demo-accounts';
import { seedDemoStaff } from '@/lib/staff/users/demo-staff';
import { verifyStaffActionLog } from '@/lib/staff/log';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const dtsenSample = {
  source: 'DTSEN' as const,
  period: '2025-Q4',
  filePath: path.join(import.meta.dirname, '../fixtures/import/dtsen-sample.csv'),
};
const ip = '203.0.113.5';
const quiet = () => undefined;

function authOn(database: Database): StaffAuth {
  return createStaffAuth({
    database,
    limiter: createLoginLimiter(
      database.prisma,
      { perUserAndIp: 100, perUserAllIps: 100, perIp: 1000, slowDownAfter: 100, windowSeconds: 900 },
      testSecret,
    ),
    sessionLimits: { idleMinutes: 30, maxHours: 12 },
    secret: testSecret,
  });
}

describe.each(testEngines())('demo accounts and the demo registry on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openSeededDatabase(engine, 0);
  });
  afterAll(() => database.close());

  it('replacing the demo registry removes the demo accounts and ends their sessions', async () => {
    const auth = authOn(database);
    const step = await auth.signInWithPassword({
      username: 'operator.kedungdoro',
      password: demoStaffPassword,
      ip,
    });
    if (step.kind !== 'signed-in') throw new Error(`expected a session, got ${step.kind}`);
    expect(await auth.readSession(step.token)).not.toBeNull();
    await expect(prepareDatabase(database, quiet)).resolves.toBeUndefined();

    expect(
      await importRegistryFile(database, testSecret, { ...dtsenSample, replaceDemo: true }),
    ).toMatchObject({
      kind: 'imported',
    });

    expect(await auth.readSession(step.token)).toBeNull();
    for (const username of ['operator.kedungdoro', 'operator.cileunyi', 'admin', 'dinsos.surabaya']) {
      expect((await auth.signInWithPassword({ username, password: demoStaffPassword, ip })).kind).toBe(
        'rejected',
      );
    }
    const rows = await database.sql.query<{ username: string; disabled: boolean; hash: string }>(
      `SELECT username, disabled_at IS NOT NULL AS disabled, password_hash AS hash FROM staff_user
       WHERE demo ORDER BY username`,
    );
    // Only the account named in the (hash-chained) staff log stays, disabled and without a password.
    expect(rows).toEqual([
      { username: 'operator.kedungdoro', disabled: true, hash: '!demo-account-removed' },
    ]);
    const [sessions] = await database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM session');
    expect(sessions?.n).toBe(0);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact' });
    await expect(prepareDatabase(database, quiet)).resolves.toBeUndefined();
  });
});

describe.each(testEngines())('start-up with demo accounts next to imported data on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.prisma);
    expect(await importRegistryFile(database, testSecret, dtsenSample)).toMatchObject({ kind: 'imported' });
  });
  afterAll(() => database.close());

  it('refuses to start and says how to remove them, then starts once they are gone', async () => {
    await seedDemoStaff(database.prisma, testSecret);
    await expect(prepareDatabase(database, quiet)).rejects.toThrow(demoStaffBesideRealDataMessage);
    expect(demoStaffBesideRealDataMessage).toContain('npm run demo:remove-accounts');
    expect(await removeDemoStaff(database.prisma)).toBe(5);
    await expect(prepareDatabase(database, quiet)).resolves.toBeUndefined();
    const [left] = await database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_user');
    expect(left?.n).toBe(0);
  });
});
