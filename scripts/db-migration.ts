// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the existing migrations and prisma/schema.prisma.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { diffMigrationsToSchema, writeMigration } from '@/lib/db';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name>   (lower-case letters, digits and _ only)');
  process.exit(2);
}

const scratch = new PGlite('memory://migration-diff');
const sql = await diffMigrationsToSchema(new PrismaPGlite(scratch));
await scratch.close();
if (sql === '') {
  console.log('The schema already matches the migrations: nothing to write.');
} else {
  console.log(`Wrote ${await writeMigration(name, sql)}`);
}
