import 'server-only';
import { createHash } from 'node:crypto';
import { type Database, BulkWriter, bulkTables } from '@/lib/db';
import { demoResidents } from '../demo-residents';
import { generateRegistry } from '../generate';
import type { Village } from '../types';
import { seedDemoStaff } from '@/lib/staff';
import { writeGeneratedPerson, type SeedContext } from './person-rows';
import { clearRegistry, createSnapshots, finishRegistry, registrySnapshots } from './sql/demo-registry';

// `villageCodes` confines the generated residents to those villages (benchmarks of one
// large village); by default they spread over the whole country.
export type SeedOptions = { seed: number; persons: number; secret: string; villageCodes?: readonly string[] };
export type SeedReport =
  | { kind: 'seeded'; persons: number; households: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string };

// Bump when the generator changes its output, so an old demo database is replaced.
const generatorVersion = 1;

function seedChecksum(options: SeedOptions): string {
  const villages = options.villageCodes ? `:${options.villageCodes.join(',')}` : '';
  return createHash('sha256')
    .update(`demo-seed:v${generatorVersion}:${options.seed}:${options.persons}${villages}`)
    .digest('hex');
}

async function readVillages(database: Database, codes: readonly string[] | undefined): Promise<Village[]> {
  return database.prisma.village.findMany({
    where: codes ? { code: { in: [...codes] } } : {},
    select: { code: true, districtCode: true, name: true },
    orderBy: { code: 'asc' },
  });
}

// Replaces the demo registry with the one generated from (seed, persons), in one
// transaction: same options give the same rows, and running it twice changes nothing.
// It never touches snapshots that were imported from real files. The demo staff accounts
// (docs/demo-staff.md) come with the demo registry and only with it: they are added in a Prisma
// transaction right after the registry commits (the bulk session's transaction cannot hold
// Prisma writes), and an account that already exists is left as it is.
export async function seedDemoRegistry(database: Database, options: SeedOptions): Promise<SeedReport> {
  const checksum = seedChecksum(options);
  // Read before the bulk transaction: the embedded database serves one transaction at a time.
  const villages = await readVillages(database, options.villageCodes);
  const report = await database.sql.transaction(async (sql): Promise<SeedReport> => {
    const snapshots = await registrySnapshots(sql);
    if (snapshots.some((snapshot) => !snapshot.demo)) {
      return {
        kind: 'refused',
        reason: 'The registry holds imported snapshots; the demo seed would mix with real data.',
      };
    }
    if (
      snapshots.length > 0 &&
      snapshots.every((s) => s.file_checksum === checksum && s.state === 'ACTIVE')
    ) {
      return { kind: 'unchanged' };
    }
    await clearRegistry(sql);
    const writer = new BulkWriter(sql, bulkTables);
    const context: SeedContext = {
      writer,
      secret: options.secret,
      snapshotIds: await createSnapshots(sql, checksum),
      householdIds: new Map(),
      nextPersonId: 1,
    };
    for (const person of demoResidents) await writeGeneratedPerson(context, person);
    for (const person of generateRegistry({ seed: options.seed, persons: options.persons, villages })) {
      await writeGeneratedPerson(context, person);
    }
    await writer.flush();
    await finishRegistry(sql);
    return { kind: 'seeded', persons: context.nextPersonId - 1, households: context.householdIds.size };
  });
  if (report.kind === 'seeded') await seedDemoStaff(database.prisma, options.secret);
  return report;
}
