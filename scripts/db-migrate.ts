// npm run db:migrate: applies prisma/migrations to the configured database, recording
// them in _prisma_migrations as `prisma migrate deploy` does.
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';

await runCli(async () => {
  const database = await db();
  try {
    const applied = await applyMigrations(database.adapterFactory);
    console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.join(', ')}`);
  } finally {
    await database.close();
  }
});
