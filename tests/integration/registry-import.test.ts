import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { importRegistryFile } from '@/lib/registry-import';
import { loadOfficialRegions } from '@/lib/regions/load';
import { testEngines } from '../support/databases';
import { testSecret } from '../support/seeded-database';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/import', name);

describe.each(testEngines())('registry import on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.sql);
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads a good DTKS file', async () => {
    const outcome = await importRegistryFile(database, testSecret, {
      source: 'DTKS',
      period: '2026-Q1',
      filePath: fixture('dtks-sample.csv'),
    });
    expect(outcome).toMatchObject({ kind: 'imported', rowsRead: 6, rowsAccepted: 6, rowsRejected: 0 });
  });
});
