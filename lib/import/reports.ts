import 'server-only';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DbClient } from '@/lib/db';
import { spreadsheetCsvLine } from '@/lib/formats';
import type { RegistrySource } from '@/lib/registry';
import { regionScope, type RegionScope } from '@/lib/staff';
import { personChangePage, rejectionPage, villageChanges } from './queries';

// Reports read in pages by key, so a report of a million rows never sits in memory.
const pageSize = 5_000;

// The rejected rows of one import: line, column, reason code and the problem in Indonesian.
export async function* rejectionsCsv(client: DbClient, snapshotId: number): AsyncGenerator<string> {
  yield spreadsheetCsvLine(['baris', 'kolom', 'kode', 'masalah', 'nilai']);
  let after = { line: 0, column: '' };
  for (;;) {
    const rows = await rejectionPage(client, snapshotId, after, pageSize);
    for (const row of rows)
      yield spreadsheetCsvLine([row.line, row.column, row.reason, row.message, row.value]);
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { line: last.line, column: last.column };
  }
}

// The snapshot that was in force before this one for the same source.
export async function previousSnapshotOf(client: DbClient, snapshotId: number): Promise<number | null> {
  const snapshot = await client.registrySnapshot.findUnique({
    where: { id: snapshotId },
    select: { source: true },
  });
  if (!snapshot) return null;
  const previous = await client.registrySnapshot.findFirst({
    where: {
      source: snapshot.source,
      id: { not: snapshotId },
      state: 'SUPERSEDED',
      activatedAt: { not: null },
    },
    orderBy: [{ activatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return previous?.id ?? null;
}

async function sourceOf(client: DbClient, snapshotId: number): Promise<RegistrySource> {
  const snapshot = await client.registrySnapshot.findUnique({
    where: { id: snapshotId },
    select: { source: true },
  });
  if (!snapshot) throw new Error(`snapshot ${snapshotId} does not exist`);
  return snapshot.source;
}

export type VillageChanges = {
  villageCode: string;
  villageName: string;
  entered: number;
  left: number;
  changed: number;
};

export async function summarizeSnapshotDiff(
  client: DbClient,
  older: number,
  newer: number,
  scope: RegionScope = regionScope(null),
): Promise<VillageChanges[]> {
  const rows = await villageChanges(client, await sourceOf(client, newer), older, newer, scope);
  return rows.map((row) => ({
    villageCode: row.village_code,
    villageName: row.village_name,
    entered: row.entered,
    left: row.left,
    changed: row.changed,
  }));
}

const changeKind = (before: string | null, after: string | null) =>
  before === null ? 'MASUK' : after === null ? 'KELUAR' : 'BERUBAH';

// One line per person who entered, left or changed, with the village they live in now.
// Identity numbers masked; names in full, for the Dinsos staff who act on the list.
export async function* snapshotDiffCsv(
  client: DbClient,
  older: number,
  newer: number,
  scope: RegionScope = regionScope(null),
): AsyncGenerator<string> {
  const source = await sourceOf(client, newer);
  yield spreadsheetCsvLine(['kode_desa', 'desa', 'perubahan', 'nik', 'nama', 'sebelum', 'sesudah']);
  let after = 0;
  for (;;) {
    const rows = await personChangePage(client, source, { older, newer }, after, scope, pageSize);
    for (const row of rows) {
      yield spreadsheetCsvLine([
        row.village_code,
        row.village_name,
        changeKind(row.before, row.after),
        row.nik_masked,
        row.full_name,
        row.before,
        row.after,
      ]);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.person_id;
  }
}

export function writeRejectionsCsv(client: DbClient, snapshotId: number, target: Writable): Promise<void> {
  return pipeline(Readable.from(rejectionsCsv(client, snapshotId)), target);
}

export function writeSnapshotDiffCsv(
  client: DbClient,
  older: number,
  newer: number,
  target: Writable,
): Promise<void> {
  return pipeline(Readable.from(snapshotDiffCsv(client, older, newer)), target);
}
