// npm run audit:verify: walks the hash-chained staff action log and exits non-zero naming the first
// row that was edited, or that follows a removed row.
import { runCli } from '@/lib/cli';
import { db } from '@/lib/db';
import { verifyStaffActionLog } from '@/lib/staff';

await runCli(async () => {
  const database = await db();
  try {
    const report = await verifyStaffActionLog(database.prisma);
    if (report.kind === 'intact') {
      console.log(`Staff action log intact: ${report.rows} rows. Head hash: ${report.headHash}`);
      console.log(
        'Keep the head hash somewhere else: the chain alone cannot show that its newest rows were cut off.',
      );
      return;
    }
    const what =
      report.reason === 'edited'
        ? 'its content does not match its hash (the row was edited)'
        : 'its previous-hash link does not match the row before it (a row before it was removed or edited)';
    console.error(
      `Staff action log BROKEN at row id ${report.id} (after ${report.rows} intact rows): ${what}.`,
    );
    process.exitCode = 1;
  } finally {
    await database.close();
  }
});
