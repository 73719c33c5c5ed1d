import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { importRegistryFile } from '@/lib/import';
import { loadOfficialRegions } from '@/lib/regions/load';
import { writeGeneratedDtksFile } from '../../scripts/support/generated-dtks-file';
import { testEngines } from '../support/databases';
import { importCommandLine } from '../support/import-cli';
import { testSecret } from '../support/seeded-database';

const fixtures = path.join(import.meta.dirname, '../fixtures/import');
// Statements inside the import's transaction, from staging to attaching partitions.
const midImport =
  /^(INSERT INTO person|INSERT INTO household|CREATE TEMP TABLE import_|ALTER TABLE|INSERT INTO \w+_s\d)/;

// Starts `npm run import` in a process group of its own, the way staff run it.
function startImport(url: string, file: string) {
  const [command, args] = importCommandLine('--source', 'dtks', '--period', '2026-Q2', file);
  return spawn(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, DATABASE_URL: url, PORTAL_SECRET: testSecret },
  });
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 3000; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// A process killed in the middle of a load leaves no trace: PostgreSQL rolls back the
// transaction of a connection that dies. Only PostgreSQL: an embedded database belongs
// to one process, so nothing could watch the import from outside to kill it on time.
const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.skipIf(!postgres)('an import killed half-way on postgres', () => {
  let url = '';
  let databaseName = '';
  let database: Database;
  const scratch = mkdtempSync(path.join(tmpdir(), 'import-kill-'));
  const bigFile = path.join(scratch, 'dtks-20000.csv');

  beforeAll(async () => {
    const config = await postgres?.fresh();
    if (config?.mode !== 'postgres') throw new Error('a PostgreSQL database is needed');
    url = config.url;
    database = await openDatabase(config);
    const [current] = await database.sql.query<{ name: string }>('SELECT current_database() AS name');
    databaseName = current?.name ?? '';
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.prisma);
    const villages = await database.sql.query<{ code: string; districtCode: string; name: string }>(
      `SELECT code, district_code AS "districtCode", name FROM village WHERE code LIKE '35.78.%' ORDER BY code`,
    );
    await writeGeneratedDtksFile(bigFile, 20_000, villages);
  });
  afterAll(async () => {
    await database.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('leaves the previous snapshot in force and nothing of its own', async () => {
    const first = await importRegistryFile(database, testSecret, {
      source: 'DTKS',
      period: '2026-Q1',
      filePath: path.join(fixtures, 'dtks-sample.csv'),
    });
    expect(first).toMatchObject({ kind: 'imported' });
    const child = startImport(url, bigFile);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let killedDuring = '';
    await until(async () => {
      const [busy] = await database.sql.query<{ query: string }>(
        `SELECT query FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state = 'active'`,
        [databaseName],
      );
      if (!busy || !midImport.test(busy.query.trim())) return false;
      killedDuring = busy.query.trim().slice(0, 40);
      // The whole process group: npx, tsx and the node process running the import.
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      return true;
    }, 'the import to reach its merge');
    await exited;
    await until(async () => {
      const [row] = await database.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = $1 AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
        [databaseName],
      );
      return row?.n === 0;
    }, 'the killed connection to end');
    expect(killedDuring).not.toBe('');

    const snapshots = await database.sql.query<{ period: string; state: string }>(
      `SELECT period, state FROM registry_snapshot ORDER BY id`,
    );
    expect(snapshots).toEqual([{ period: '2026-Q1', state: 'ACTIVE' }]);
    const [left] = await database.sql.query<{ persons: number; partitions: number; staged: number }>(
      `SELECT (SELECT count(*)::int FROM person) AS persons,
              (SELECT count(*)::int FROM pg_class WHERE relname ~ '^(dtks_entry|programme_assignment)_s\\d+$') AS partitions,
              (SELECT count(*)::int FROM pg_class WHERE relname LIKE 'import_%' AND relpersistence = 't') AS staged`,
    );
    expect(left).toEqual({ persons: 6, partitions: 2, staged: 0 });

    const again = await importRegistryFile(database, testSecret, {
      source: 'DTKS',
      period: '2026-Q2',
      filePath: bigFile,
    });
    expect(again).toMatchObject({ kind: 'imported', rowsRead: 20_000 });
  });
});
