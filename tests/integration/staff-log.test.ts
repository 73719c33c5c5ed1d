import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { recordStaffAction, recordStaffActionIn, verifyStaffActionLog } from '@/lib/staff/log';
import { testEngines } from '../support/databases';

const run = promisify(execFile);

describe.each(testEngines())('hash-chained staff action log on $name', (engine) => {
  let database: Database;

  const append = (index: number) =>
    recordStaffActionIn(database, {
      actorId: null,
      action: 'person.view',
      subject: `person-${index}`,
      detail: { villageCode: '35.78.05.1003', index, nested: { b: 2, a: [1, 'x'] } },
    });

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
  });
  afterAll(() => database.close());

  it('keeps one chain when many appends race', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, index) => append(index)));
    const report = await verifyStaffActionLog(database.prisma);
    expect(report).toMatchObject({ kind: 'intact', rows: 40 });
    const [forks] = await database.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT prev_hash FROM staff_action_log GROUP BY prev_hash HAVING count(*) > 1) f',
    );
    expect(forks?.n).toBe(0);
  });

  it('commits with the change it records, inside the caller’s Prisma transaction', async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await recordStaffAction({ actorId: null, action: 'ticket.move', subject: 'prisma-rolled-back' }, tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await database.prisma.$transaction(async (tx) => {
      await recordStaffAction(
        { actorId: null, action: 'ticket.move', subject: 'prisma-kept', detail: { to: 'DIVERIFIKASI' } },
        tx,
      );
    });
    const subjects = await database.sql.query<{ subject: string }>(
      "SELECT subject FROM staff_action_log WHERE subject LIKE 'prisma-%'",
    );
    expect(subjects.map((row) => row.subject)).toEqual(['prisma-kept']);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact', rows: 41 });
  });

  it('appends in a transaction of its own when given the client', async () => {
    await recordStaffAction({ actorId: null, action: 'user.create', subject: 'kept' }, database.prisma);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact', rows: 42 });
  });

  it('names an edited row', async () => {
    const [target] = await database.sql.query<{ id: string }>(
      "SELECT id::text AS id FROM staff_action_log WHERE subject = 'person-7'",
    );
    await database.sql.query(
      `UPDATE staff_action_log SET detail = jsonb_set(detail, '{villageCode}', '"32.04.05.2002"') WHERE id = $1::bigint`,
      [target?.id],
    );
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({
      kind: 'broken',
      id: target?.id,
      reason: 'edited',
    });
  });

  it('names the row after a removed one', async () => {
    await database.sql.query('TRUNCATE staff_action_log');
    for (let index = 0; index < 5; index++) await append(index);
    const ids = (
      await database.sql.query<{ id: string }>('SELECT id::text AS id FROM staff_action_log ORDER BY id')
    ).map((row) => row.id);
    await database.sql.query('DELETE FROM staff_action_log WHERE id = $1::bigint', [ids[2]]);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({
      kind: 'broken',
      id: ids[3],
      reason: 'broken-link',
      rows: 2,
    });
  });

  it.runIf(engine.name === 'postgres')('npm run audit:verify exits non-zero and names the row', async () => {
    const url = (await database.sql.query<{ url: string }>('SELECT current_database() AS url'))[0]?.url ?? '';
    const server = new URL(process.env.TEST_DATABASE_URL ?? '');
    server.pathname = `/${url}`;
    const failure = await run('npx', ['tsx', '--conditions=react-server', 'scripts/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: server.toString(), PORTAL_SECRET: 'x'.repeat(32) },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect('stderr' in failure ? failure.stderr : '').toMatch(/BROKEN at row id \d+/);
  });
});

describe('npm run audit:verify on the embedded database', () => {
  it('passes an intact log and exits non-zero naming an edited row', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'audit-verify-'));
    const database = await openDatabase({ mode: 'embedded', dataDir });
    await applyMigrations(database.adapterFactory);
    for (let index = 0; index < 3; index++) {
      await recordStaffActionIn(database, {
        actorId: null,
        action: 'audit.export',
        subject: `export-${index}`,
      });
    }
    await database.close();
    const verify = () =>
      run('npx', ['tsx', '--conditions=react-server', 'scripts/audit-verify.ts'], {
        env: { ...process.env, PORTAL_DATA_DIR: dataDir, DATABASE_URL: '' },
      });
    expect((await verify()).stdout).toMatch(/intact: 3 rows/);

    const tampering = await openDatabase({ mode: 'embedded', dataDir });
    const [row] = await tampering.sql.query<{ id: string }>(
      "UPDATE staff_action_log SET subject = 'export-x' WHERE subject = 'export-1' RETURNING id::text AS id",
    );
    await tampering.close();
    const failure = await verify().catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect('stderr' in failure ? failure.stderr : '').toContain(`BROKEN at row id ${row?.id}`);
    await rm(dataDir, { recursive: true, force: true });
  });
});
