// npm run regions:load: loads (or refreshes) the official Kemendagri region list.
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';
import { loadOfficialRegions } from '@/lib/regions';

await runCli(async () => {
  const database = await db();
  try {
    await applyMigrations(database.adapterFactory);
    const started = performance.now();
    const counts = await loadOfficialRegions(database.prisma);
    console.log(
      `Regions: ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await database.close();
  }
});
