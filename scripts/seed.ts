// npm run seed -- --persons N [--seed S]: replaces the demo registry with N generated
// residents (plus the fixed demo residents from docs/demo-residents.md).
import { parseArgs } from 'node:util';
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { countRegions, loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';
import { defaultDemoSeed } from '@/lib/setup';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '30000' },
    seed: { type: 'string', default: String(defaultDemoSeed) },
  },
});
const persons = Number(values.persons);
const seed = Number(values.seed);
if (!Number.isInteger(persons) || persons < 0 || !Number.isInteger(seed)) {
  console.error('Usage: npm run seed -- --persons <whole number ≥ 0> [--seed <whole number>]');
  process.exit(2);
}

await runCli(async () => {
  const database = await db();
  try {
    await applyMigrations(database.adapterFactory);
    if ((await countRegions(database.prisma)).village === 0) await loadOfficialRegions(database.prisma);
    const started = performance.now();
    const report = await seedDemoRegistry(database, { seed, persons, secret: portalSecret() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.kind === 'refused') {
      console.error(report.reason);
      process.exitCode = 1;
    } else if (report.kind === 'unchanged') {
      console.log(`The demo registry already holds seed ${seed} with ${persons} persons: nothing changed.`);
    } else {
      console.log(`Seeded ${report.persons} persons in ${report.households} households in ${seconds} s`);
    }
  } finally {
    await database.close();
  }
});
