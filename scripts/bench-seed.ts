// npm run bench:seed [-- --persons 1000000] [--skip-embedded]: times the embedded
// first start (migrate, regions, default demo registry) and a large seed on PostgreSQL
// (DATABASE_URL, or a throwaway cluster), and prints the database size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database, applyMigrations } from '@/lib/db';
import { loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';
import { defaultDemoSeed } from '@/lib/setup';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    'default-persons': { type: 'string', default: '30000' },
    'skip-embedded': { type: 'boolean', default: false },
  },
});
const secret = 'benchmark-secret-0123456789abcdef0123';
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));

async function firstStart(database: Database, persons: number) {
  const started = performance.now();
  await applyMigrations(database.adapterFactory);
  await loadOfficialRegions(database.prisma);
  const seeded = performance.now();
  await seedDemoRegistry(database, { seed: defaultDemoSeed, persons, secret });
  return { total_s: seconds(started), seed_s: seconds(seeded) };
}

const figures: Record<string, number> = {};

if (!values['skip-embedded']) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pglite-'));
  const database = await openDatabase({ mode: 'embedded', dataDir: dir });
  const result = await firstStart(database, Number(values['default-persons']));
  await database.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `Embedded first start with ${values['default-persons']} persons: ${result.total_s} s (seed ${result.seed_s} s)`,
  );
  figures.embedded_first_start_s = result.total_s;
  figures.embedded_default_seed_s = result.seed_s;
}

const cluster = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
try {
  const database = await openDatabase({
    mode: 'postgres',
    url: process.env.DATABASE_URL ?? cluster?.url ?? '',
  });
  const persons = Number(values.persons);
  const result = await firstStart(database, persons);
  const [size] = await database.sql.query<{ bytes: string }>(
    'SELECT pg_database_size(current_database())::text AS bytes',
  );
  const megabytes = Math.round(Number(size?.bytes ?? 0) / 1024 / 1024);
  await database.close();
  console.log(`PostgreSQL seed of ${persons} persons: ${result.seed_s} s; database size ${megabytes} MB`);
  figures.postgres_persons = persons;
  figures.postgres_seed_s = result.seed_s;
  figures.postgres_database_mb = megabytes;
} finally {
  cluster?.stop();
}
console.log(JSON.stringify(figures));
