// npm run demo:remove-accounts: removes the demo staff accounts of docs/demo-staff.md (their
// sessions end; an account named in the staff log stays, disabled and without credentials).
// For a database whose demo registry was replaced before imports removed the accounts too.
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';
import { removeDemoStaff } from '@/lib/staff';

await runCli(async () => {
  const database = await db();
  try {
    await applyMigrations(database.adapterFactory);
    const removed = await removeDemoStaff(database.prisma);
    console.log(removed === 0 ? 'No demo accounts left.' : `Demo accounts removed: ${removed}.`);
  } finally {
    await database.close();
  }
});
