// npm run bench:cap: what the daily cap on wrong birth dates adds to a lookup on PGlite.
// A name alone does no extra work; a lookup with a birth date runs one more statement (a
// read when it confirms, an upsert when it fails). Prints p50/p95 in ms for each kind.
import { openDatabase, applyMigrations } from '@/lib/db';
import { findResidentsInVillage } from '@/lib/lookup';
import { loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';

const village = '33.74.10.1001';
const secret = 'bench-confirmation-cap-secret-0123456789';
const database = await openDatabase({ mode: 'embedded', dataDir: 'memory://bench-confirmation-cap' });
await applyMigrations(database.adapterFactory);
await loadOfficialRegions(database.prisma);
await seedDemoRegistry(database, { seed: 5000, persons: 5000, secret, villageCodes: [village] });
const residents = await database.sql.query<{ full_name: string; birth_date: string }>(
  `SELECT full_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM person WHERE village_code = $1 ORDER BY random() LIMIT 300`,
  [village],
);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
async function measure(label: string, birthDateOf: (resident: { birth_date: string }) => string | undefined) {
  const times: number[] = [];
  for (const resident of residents) {
    const birthDate = birthDateOf(resident);
    const input = { villageCode: village, fullName: resident.full_name, ...(birthDate ? { birthDate } : {}) };
    const start = performance.now();
    await findResidentsInVillage(
      database.prisma,
      secret,
      input,
      { channel: 'PUBLIC' },
      { failedConfirmationsPerDay: 1000 },
    );
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} p50 ${quantile(times, 0.5).toFixed(2)} ms  p95 ${quantile(times, 0.95).toFixed(2)} ms`,
  );
}

await measure('warm-up (name only)', () => undefined);
await measure('name only (nothing counted)', () => undefined);
await measure('right birth date (one read)', (resident) => resident.birth_date);
await measure(
  'wrong birth date (one upsert)',
  (resident) => `${Number(resident.birth_date.slice(0, 4)) - 1}${resident.birth_date.slice(4)}`,
);
const [rows] = await database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM confirmation_failure');
console.log(`confirmation_failure rows after ${residents.length} wrong dates: ${rows?.n}`);
await database.close();
