import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import {
  applyMigrations,
  diffMigrationsToSchema,
  readDatamodel,
  readMigrationList,
} from '@/lib/db/migrations';
import { testEngines } from '../support/databases';

describe.each(testEngines())('migrations on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
  });
  afterAll(() => database.close());

  it('applies every migration and records it as prisma migrate deploy does', async () => {
    const expected = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
    expect(await applyMigrations(database.adapterFactory)).toEqual(expected);

    const recorded = await database.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name');
    expect(recorded.map((row) => row.migration_name)).toEqual(expected);
    for (const row of recorded) {
      const sql = await readFile(path.join('prisma/migrations', row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('applying twice is a no-op', async () => {
    expect(await applyMigrations(database.adapterFactory)).toEqual([]);
    const [row] = await database.sql.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM _prisma_migrations',
    );
    expect(row?.count).toBe((await readMigrationList()).migrationDirectories.length);
  });

  // An embedded database has one session, in one process: there is nobody to wait.
  it.skipIf(engine.name === 'pglite')(
    'lets go of the migration lock, so another process can migrate while this one runs',
    async () => {
      await applyMigrations(database.adapterFactory);
      // The engine's connections are closed; their server processes end a moment later.
      let held = -1;
      for (let attempt = 0; attempt < 50 && held !== 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        const [row] = await database.sql.query<{ held: number }>(
          `SELECT count(*)::int AS held FROM pg_locks
           WHERE locktype = 'advisory' AND objid = 72707369
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        held = row?.held ?? -1;
      }
      expect(held).toBe(0);
    },
  );
});

describe('schema and migrations', () => {
  it('agree: prisma/schema.prisma needs no new migration', async () => {
    const scratch = new PGlite('memory://drift');
    try {
      expect(await diffMigrationsToSchema(new PrismaPGlite(scratch))).toBe('');
    } finally {
      await scratch.close();
    }
  });

  it('a schema change without a migration is caught as drift', async () => {
    const datamodel = await readDatamodel();
    const drifted = {
      ...datamodel,
      content: datamodel.content.replace('model Programme {\n', 'model Programme {\n  colour String?\n'),
    };
    const scratch = new PGlite('memory://drift-2');
    try {
      expect(await diffMigrationsToSchema(new PrismaPGlite(scratch), drifted)).toContain('"colour" TEXT');
    } finally {
      await scratch.close();
    }
  });
});
