import 'server-only';
import { config } from '@/lib/config';
import { type Database, applyMigrations } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { countRegions, loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';
import { demoStaffBesideRealData } from '@/lib/staff';

export const defaultDemoSeed = 20251001;

export const demoStaffBesideRealDataMessage =
  'the demo staff accounts, whose passwords are published in docs/demo-staff.md, are still enabled ' +
  'next to imported registry data. Remove them with `npm run demo:remove-accounts` ' +
  '(or import with --replace-demo), then start again.';

type Log = (line: string) => void;

// What the first start of the embedded demo does: migrate, load the official regions
// and seed the demo registry. On PostgreSQL it only migrates; data comes from imports.
export async function prepareDatabase(database: Database, log: Log = console.log): Promise<void> {
  const applied = await applyMigrations(database.adapterFactory);
  if (applied.length > 0) log(`Migrations applied: ${applied.join(', ')}`);
  if (await demoStaffBesideRealData(database.prisma)) throw new Error(demoStaffBesideRealDataMessage);
  if (database.mode !== 'embedded') return;

  if ((await countRegions(database.prisma)).village === 0) {
    const counts = await loadOfficialRegions(database.prisma);
    log(`Regions loaded: ${counts.province} provinces, ${counts.village} villages`);
  }
  if (!(await database.prisma.person.findFirst({ select: { id: true } }))) {
    const started = performance.now();
    const report = await seedDemoRegistry(database, {
      seed: defaultDemoSeed,
      persons: config().seedPersons,
      secret: portalSecret(),
    });
    if (report.kind === 'seeded') {
      log(
        `Demo registry seeded: ${report.persons} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
}
