// npm run import -- --source dtks|dtsen --period <YYYY-Qn or label> [--label <text>]
//   [--replace-demo] [--rejected-csv <path>] [--diff-csv <path>] <file>
// Loads one DTKS or DTSEN file as the new snapshot of its source (docs/import-format.md)
// and prints the report: rows read, accepted, rejected by reason, changes per village.
import { accessSync, constants, createWriteStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';
import { isRegistrySource, portalSecret } from '@/lib/registry';
import { countRegions, loadOfficialRegions } from '@/lib/regions';
import {
  importRegistryFile,
  writeRejectionsCsv,
  writeSnapshotDiffCsv,
  summarizeSnapshotDiff,
  previousSnapshotOf,
  type ImportOutcome,
  type VillageChanges,
} from '@/lib/import';

const usage =
  'Usage: npm run import -- --source dtks|dtsen --period <YYYY-Qn or label> [--label <text>] [--replace-demo] [--rejected-csv <path>] [--diff-csv <path>] <file>';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    period: { type: 'string' },
    label: { type: 'string' },
    'replace-demo': { type: 'boolean', default: false },
    'rejected-csv': { type: 'string' },
    'diff-csv': { type: 'string' },
  },
});
const source = values.source?.toUpperCase();
const [filePath] = positionals;
if (!isRegistrySource(source) || !values.period || !/^[\w .-]{1,32}$/.test(values.period) || !filePath) {
  console.error(usage);
  process.exit(2);
}
if (!isReadableFile(filePath)) {
  console.error(
    `Berkas tidak ditemukan atau tidak bisa dibaca: ${filePath}. Periksa nama dan letak berkasnya.`,
  );
  process.exit(2);
}

function isReadableFile(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function printCounts(outcome: Extract<ImportOutcome, { kind: 'imported' }>): void {
  console.log(
    `Snapshot ${outcome.snapshotId} aktif: ${outcome.rowsRead} baris dibaca, ${outcome.rowsAccepted} diterima, ${outcome.rowsRejected} ditolak (${(outcome.durationMs / 1000).toFixed(1)} s).`,
  );
  for (const [reason, count] of Object.entries(outcome.rejectedReasons))
    console.log(`  ditolak ${reason}: ${count}`);
  for (const [flag, count] of Object.entries(outcome.flaggedReasons))
    console.log(`  diterima dengan tanda ${flag}: ${count}`);
}

// Totals, and the villages with the most changes; the full list is what --diff-csv is for.
function printChanges(villages: VillageChanges[]): void {
  const total = (key: 'entered' | 'left' | 'changed') =>
    villages.reduce((sum, village) => sum + village[key], 0);
  console.log(
    `Dibanding snapshot sebelumnya: ${total('entered')} masuk, ${total('left')} keluar, ${total('changed')} berubah.`,
  );
  const busiest = [...villages]
    .sort((a, b) => b.entered + b.left + b.changed - (a.entered + a.left + a.changed))
    .slice(0, 20);
  for (const village of busiest) {
    console.log(
      `  ${village.villageCode} ${village.villageName}: ${village.entered} masuk, ${village.left} keluar, ${village.changed} berubah`,
    );
  }
  if (villages.length > busiest.length)
    console.log(`  … dan ${villages.length - busiest.length} desa lain (lihat --diff-csv).`);
}

await runCli(async () => {
  const database = await db();
  try {
    await applyMigrations(database.adapterFactory);
    // Village codes are checked against the official list, so it must be there.
    if ((await countRegions(database.prisma)).village === 0) await loadOfficialRegions(database.prisma);
    const outcome = await importRegistryFile(database, portalSecret(), {
      source,
      period: values.period ?? '',
      filePath,
      replaceDemo: values['replace-demo'],
      ...(values.label ? { label: values.label } : {}),
    });
    if (outcome.kind === 'bad-file') {
      console.error(`Berkas ditolak, tidak ada yang ditulis. ${outcome.message}`);
      process.exitCode = 1;
    } else if (outcome.kind === 'failed') {
      console.error(`Impor gagal; snapshot sebelumnya tetap berlaku. ${outcome.error}`);
      process.exitCode = 1;
    } else if (outcome.kind === 'unchanged') {
      console.log(`Berkas ini sudah aktif sebagai snapshot ${outcome.snapshotId}: tidak ada yang berubah.`);
    } else {
      printCounts(outcome);
      if (values['rejected-csv']) {
        await writeRejectionsCsv(
          database.prisma,
          outcome.snapshotId,
          createWriteStream(values['rejected-csv']),
        );
      }
      const previous = await previousSnapshotOf(database.prisma, outcome.snapshotId);
      if (previous !== null) {
        printChanges(await summarizeSnapshotDiff(database.prisma, previous, outcome.snapshotId));
        if (values['diff-csv']) {
          await writeSnapshotDiffCsv(
            database.prisma,
            previous,
            outcome.snapshotId,
            createWriteStream(values['diff-csv']),
          );
        }
      }
    }
    console.log(`Memori puncak: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await database.close();
  }
});
