import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { loadOfficialRegions } from '@/lib/regions/load';
import { seedDemoRegistry } from '@/lib/demo/seed';
import type { TestEngine } from './databases';

export const testSecret = 'integration-test-secret-0123456789abcdef';

// A fresh database on the engine with regions, the fixed demo residents and a small
// generated registry.
export async function openSeededDatabase(engine: TestEngine, persons = 3000, seed = 7): Promise<Database> {
  const database = await openDatabase(await engine.fresh());
  await applyMigrations(database.adapterFactory);
  await loadOfficialRegions(database.prisma);
  await seedDemoRegistry(database, { seed, persons, secret: testSecret });
  return database;
}
