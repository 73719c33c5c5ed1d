import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import {
  importRegistryFile,
  rejectionsCsv,
  snapshotDiffCsv,
  summarizeSnapshotDiff,
  type ImportRequest,
} from '@/lib/import';
import { regionScope } from '@/lib/staff/scope';
import { loadOfficialRegions } from '@/lib/regions/load';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const fixtures = path.join(import.meta.dirname, '../fixtures/import');
const sample = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const scratch = mkdtempSync(path.join(tmpdir(), 'import-test-'));

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

// The sample's lines as arrays of fields (the samples quote nothing).
function sampleRows(name: string): { header: string[]; rows: string[][] } {
  const [header = '', ...rows] = sample(name).trimEnd().split('\n');
  return { header: header.split(','), rows: rows.map((row) => row.split(',')) };
}

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const result: string[] = [];
  for await (const line of lines) result.push(line.trimEnd());
  return result;
}

// Everything an import may write, in a stable order.
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const queries: Record<string, string> = {
    registry_snapshot: 'SELECT id, source, period, state FROM registry_snapshot ORDER BY id',
    household: 'SELECT id, kk_hash, village_code, address, rt, rw FROM household ORDER BY id',
    person:
      'SELECT id, household_id, full_name, birth_date, sex, nik_hash, quality_flags, updated_at FROM person ORDER BY id',
    person_name_key: 'SELECT village_code, key, person_id FROM person_name_key ORDER BY 1, 2, 3',
    dtks_entry: 'SELECT snapshot_id, person_id, status FROM dtks_entry ORDER BY 1, 2',
    dtsen_entry: 'SELECT snapshot_id, person_id, desil FROM dtsen_entry ORDER BY 1, 2',
    programme_assignment: 'SELECT * FROM programme_assignment ORDER BY 1, 2, 3, 4',
    import_rejection: 'SELECT * FROM import_rejection ORDER BY 1, 2, 3',
  };
  const result: Record<string, string> = {};
  for (const [table, query] of Object.entries(queries)) {
    const [row] = await database.sql.query<{ digest: string; n: number }>(
      `SELECT md5(coalesce(string_agg(t::text, '|'), '')) AS digest, count(*)::int AS n FROM (${query}) t`,
    );
    result[table] = `${row?.n}:${row?.digest}`;
  }
  return result;
}

// Keys, indexes and foreign keys of the tables all snapshots share.
async function sharedTableSchema(database: Database): Promise<string[]> {
  const rows = await database.sql.query<{ definition: string }>(
    `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated AS definition
     FROM pg_constraint WHERE conrelid = ANY ('{household,person,person_name_key}'::regclass[])
     UNION ALL
     SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = ANY ('{household,person,person_name_key}'::regclass[])
     ORDER BY 1`,
  );
  return rows.map((row) => row.definition);
}

describe.each(testEngines())('registry import on $name', (engine) => {
  let database: Database;
  let migratedSchema: string[];
  const load = (request: Omit<ImportRequest, 'filePath'> & { file: string }) =>
    importRegistryFile(database, testSecret, { ...request, filePath: request.file });

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.prisma);
    migratedSchema = await sharedTableSchema(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads a good DTKS file and makes it the active snapshot', async () => {
    const outcome = await load({
      source: 'DTKS',
      period: '2026-Q1',
      file: path.join(fixtures, 'dtks-sample.csv'),
    });
    expect(outcome).toMatchObject({
      kind: 'imported',
      rowsRead: 6,
      rowsAccepted: 6,
      rowsRejected: 0,
      programmePeriods: ['2026-Q1', '2025-Q4'],
    });
    const snapshots = await database.sql.query<{
      source: string;
      state: string;
      programme_periods: string[];
    }>('SELECT source, state, programme_periods FROM registry_snapshot');
    expect(snapshots).toEqual([
      { source: 'DTKS', state: 'ACTIVE', programme_periods: ['2026-Q1', '2025-Q4'] },
    ]);
    const [counts] = await database.sql.query<{
      persons: number;
      households: number;
      keys: number;
      programmes: number;
    }>(
      `SELECT (SELECT count(*)::int FROM person) AS persons, (SELECT count(*)::int FROM household) AS households,
              (SELECT count(*)::int FROM person_name_key) AS keys, (SELECT count(*)::int FROM programme_assignment) AS programmes`,
    );
    expect(counts).toMatchObject({ persons: 6, households: 3, programmes: 8 });
    expect(counts?.keys).toBeGreaterThan(6);
    const [suparman] = await database.sql.query<{
      nik_masked: string;
      rt: string;
      received: boolean;
      remark: string;
    }>(
      `SELECT p.nik_masked, h.rt, a.received, a.remark FROM person p JOIN household h ON h.id = p.household_id
       JOIN programme_assignment a ON a.person_id = p.id AND a.programme_code = 'PKH' AND a.period = '2026-Q1'
       WHERE p.full_name = 'Suparman'`,
    );
    expect(suparman).toEqual({
      nik_masked: '357805**********',
      rt: '002',
      received: true,
      remark: 'Sudah disalurkan',
    });
  });

  it('restores the indexes and keys a first load rebuilds, and gives the snapshot partitions of its own', async () => {
    expect(migratedSchema.length).toBeGreaterThan(10);
    expect(await sharedTableSchema(database)).toEqual(migratedSchema);
    const partitions = await database.sql.query<{ parent: string; partition: string }>(
      `SELECT i.inhparent::regclass::text AS parent, i.inhrelid::regclass::text AS partition
       FROM pg_inherits i WHERE i.inhparent = ANY ('{dtks_entry,programme_assignment}'::regclass[])
       ORDER BY 1, 2`,
    );
    const [snapshot] = await database.sql.query<{ id: number }>('SELECT id FROM registry_snapshot');
    expect(partitions).toEqual([
      { parent: 'dtks_entry', partition: 'dtks_entry_default' },
      { parent: 'dtks_entry', partition: `dtks_entry_s${snapshot?.id}` },
      { parent: 'programme_assignment', partition: 'programme_assignment_default' },
      { parent: 'programme_assignment', partition: `programme_assignment_s${snapshot?.id}` },
    ]);
  });

  it('loads a good DTSEN file beside it, sharing the persons', async () => {
    const outcome = await load({
      source: 'DTSEN',
      period: '2025-Q4',
      file: path.join(fixtures, 'dtsen-sample.csv'),
    });
    expect(outcome).toMatchObject({ kind: 'imported', rowsRead: 6, rowsAccepted: 6 });
    const rows = await database.sql.query<{ desil: number; welfare_group: string; persons: number }>(
      `SELECT desil::int, welfare_group, (SELECT count(*)::int FROM person) AS persons
       FROM dtsen_entry e JOIN person p ON p.id = e.person_id WHERE p.full_name = 'Asep Hidayat'`,
    );
    expect(rows).toEqual([{ desil: 1, welfare_group: 'sangat miskin', persons: 6 }]);
  });

  it('changes nothing when the same file is loaded again', async () => {
    const before = await fingerprint(database);
    const outcome = await load({
      source: 'DTKS',
      period: '2026-Q1',
      file: path.join(fixtures, 'dtks-sample.csv'),
    });
    expect(outcome.kind).toBe('unchanged');
    expect(await fingerprint(database)).toEqual(before);
  });

  it.each([
    ['an empty file', 'empty.csv', '', 'BERKAS_KOSONG'],
    [
      'a header without rows',
      'header-only.csv',
      `${sampleRows('dtks-sample.csv').header.join(',')}\n`,
      'BERKAS_KOSONG',
    ],
    [
      'a Latin-1 file',
      'latin1.csv',
      Buffer.from(sample('dtks-sample.csv').replace('Suparman', 'Supàrman'), 'latin1'),
      'BUKAN_UTF8',
    ],
    ['semicolons', 'semicolon.csv', sample('dtks-sample.csv').replace(/,/g, ';'), 'PEMISAH_SALAH'],
    ['a missing column', 'missing.csv', sample('dtks-sample.csv').replace('NO_KK', 'KK'), 'KOLOM_HILANG'],
    [
      'an unknown column',
      'unknown.csv',
      sample('dtks-sample.csv').replace('PKH_2025-Q4', 'PKHX_2025-Q4'),
      'KOLOM_TIDAK_DIKENAL',
    ],
    [
      'a truncated last line',
      'truncated.csv',
      sample('dtks-sample.csv').slice(0, -20),
      'BARIS_TERAKHIR_TERPOTONG',
    ],
    ['a DTSEN file', 'other-source.csv', sample('dtsen-sample.csv'), 'SUMBER_LAIN'],
    [
      'a broken quote',
      'quote.csv',
      sample('dtks-sample.csv').replace('Sulastri', '"Sulastri'),
      'KUTIP_RUSAK',
    ],
  ])('refuses %s before writing anything', async (_, name, content, code) => {
    const before = await fingerprint(database);
    const outcome = await load({ source: 'DTKS', period: '2026-Q3', file: writeFile(name, content) });
    expect(outcome).toMatchObject({ kind: 'bad-file', code });
    expect(outcome.kind === 'bad-file' && outcome.message.length).toBeGreaterThan(10);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('rejects every kind of bad row with line, column and an Indonesian reason; flags NIK mismatches', async () => {
    const { header, rows } = sampleRows('dtks-sample.csv');
    const good = rows[0] ?? [];
    const at = (column: string) => header.indexOf(column);
    const variant = (serial: number, column?: string, value?: string) => {
      const row = [...good];
      row[at('NIK')] = `35780517087200${serial}`;
      if (column) row[at(column)] = value ?? '';
      return row;
    };
    const file = writeFile(
      'bad-rows.csv',
      csv(header, [
        variant(10),
        variant(11, 'NIK', '357805170872001'),
        variant(12, 'NIK', '3578053508720012'),
        variant(13, 'NO_KK', '35780502041200AB'),
        variant(14, 'NAMA', '=1+2'),
        variant(15, 'TGL_LAHIR', '1972-02-30'),
        variant(16, 'JENIS_KELAMIN', 'X'),
        variant(17, 'HUB_KELUARGA', 'TETANGGA'),
        variant(18, 'KODE_DESA', '99.99.99.9999'),
        variant(19, 'ALAMAT', ''),
        variant(20, 'RT', 'A1'),
        variant(21, 'STATUS_DTKS', 'MUNGKIN'),
        variant(22, 'PKH_2026-Q1', 'BELUM'),
        variant(23).slice(0, 5),
        variant(10, 'NAMA', 'Suparman Kedua'),
        variant(24, 'JENIS_KELAMIN', 'P'),
      ]),
    );
    const outcome = await load({ source: 'DTKS', period: '2026-Q1-koreksi', file });
    expect(outcome).toMatchObject({ kind: 'imported', rowsRead: 16, rowsAccepted: 2, rowsRejected: 14 });
    if (outcome.kind !== 'imported') return;
    expect(outcome.rejectedReasons).toEqual({
      NIK_TIDAK_VALID: 1,
      NIK_TANGGAL_MUSTAHIL: 1,
      KK_TIDAK_VALID: 1,
      NAMA_TIDAK_VALID: 1,
      TANGGAL_LAHIR_TIDAK_VALID: 1,
      JENIS_KELAMIN_TIDAK_VALID: 1,
      HUBUNGAN_KELUARGA_TIDAK_VALID: 1,
      KODE_DESA_TIDAK_DIKENAL: 1,
      ALAMAT_TIDAK_VALID: 1,
      RT_RW_TIDAK_VALID: 1,
      STATUS_DTKS_TIDAK_VALID: 1,
      STATUS_PROGRAM_TIDAK_VALID: 1,
      KOLOM_TIDAK_LENGKAP: 1,
      NIK_GANDA: 1,
    });
    expect(outcome.flaggedReasons).toEqual({ NIK_JENIS_KELAMIN_TIDAK_SESUAI: 1 });
    const report = await collect(rejectionsCsv(database.prisma, outcome.snapshotId));
    expect(report[0]).toBe('baris,kolom,kode,masalah,nilai');
    expect(report).toContain('3,NIK,NIK_TIDAK_VALID,NIK harus 16 angka.,357805…');
    expect(report).toContain(
      '7,TGL_LAHIR,TANGGAL_LAHIR_TIDAK_VALID,Tanggal lahir harus berbentuk TTTT-BB-HH (contoh 1985-03-07) dan tidak di masa depan.,1972-02-30',
    );
    expect(report.find((line) => line.startsWith('16,NIK,NIK_GANDA'))).toContain('(baris 2)');
    // A value that starts like a formula never runs when staff open the report in a spreadsheet.
    expect(report).toContain(
      '6,NAMA,NAMA_TIDAK_VALID,"Nama kosong, tanpa huruf, atau lebih dari 100 huruf.",\'=1+2',
    );
    expect(report.join('\n')).not.toMatch(/\d{16}/);
  });

  it('keeps the previous snapshot in force when an import fails after writing all its rows', async () => {
    await database.sql.query(`CREATE FUNCTION fail_import() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN IF NEW.error IS NULL THEN RAISE EXCEPTION 'disk full (injected)'; END IF; RETURN NEW; END $$`);
    await database.sql.query(
      'CREATE TRIGGER fail_import BEFORE INSERT ON import_report FOR EACH ROW EXECUTE FUNCTION fail_import()',
    );
    const before = await fingerprint(database);
    const changed = sample('dtks-sample.csv').replace('Suparman', 'Suparman Hadi');
    const outcome = await load({ source: 'DTKS', period: '2026-Q2', file: writeFile('fails.csv', changed) });
    await database.sql.query('DROP TRIGGER fail_import ON import_report');
    await database.sql.query('DROP FUNCTION fail_import()');
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(outcome.kind === 'failed' && outcome.error).toContain('disk full (injected)');
    const after = await fingerprint(database);
    expect({ ...after, registry_snapshot: '' }).toEqual({ ...before, registry_snapshot: '' });
    const states = await database.sql.query<{ period: string; state: string; error: string | null }>(
      `SELECT s.period, s.state, r.error FROM registry_snapshot s LEFT JOIN import_report r ON r.snapshot_id = s.id
       WHERE s.source = 'DTKS' ORDER BY s.id`,
    );
    expect(states.filter((s) => s.state === 'ACTIVE').map((s) => s.period)).toEqual(['2026-Q1-koreksi']);
    expect(states.at(-1)).toMatchObject({ period: '2026-Q2', state: 'FAILED' });
    expect(states.at(-1)?.error).toContain('disk full');
  });

  it('reports who entered, left and changed between two snapshots, per village', async () => {
    const { header, rows } = sampleRows('dtks-sample.csv');
    const first = await load({
      source: 'DTKS',
      period: '2026-Q2',
      file: path.join(fixtures, 'dtks-sample.csv'),
    });
    const status = header.indexOf('STATUS_DTKS');
    const [suparman, sulastri, dimas, romlah, asep] = rows;
    const newcomer = [...(sulastri ?? [])];
    newcomer[0] = '3578054302750099';
    newcomer[2] = 'Sulastri Dewi';
    const changedRomlah = [...(romlah ?? [])];
    changedRomlah[status] = 'AKTIF';
    const next = writeFile(
      'next.csv',
      csv(
        header,
        [suparman, sulastri, dimas, changedRomlah, asep, newcomer].map((r) => r ?? []),
      ),
    );
    const second = await load({ source: 'DTKS', period: '2026-Q3', file: next });
    expect(first.kind).toBe('imported');
    expect(second.kind).toBe('imported');
    if (first.kind !== 'imported' || second.kind !== 'imported') return;
    expect(await summarizeSnapshotDiff(database.prisma, first.snapshotId, second.snapshotId)).toEqual([
      { villageCode: '32.04.05.2002', villageName: expect.any(String), entered: 0, left: 1, changed: 0 },
      { villageCode: '35.78.05.1003', villageName: expect.any(String), entered: 1, left: 0, changed: 1 },
    ]);
    // Staff of a region see the changes of their region only: by prefix, or by exact village code.
    expect(
      await summarizeSnapshotDiff(
        database.prisma,
        first.snapshotId,
        second.snapshotId,
        regionScope(['35.78']),
      ),
    ).toEqual([
      { villageCode: '35.78.05.1003', villageName: expect.any(String), entered: 1, left: 0, changed: 1 },
    ]);
    const scoped = await collect(
      snapshotDiffCsv(database.prisma, first.snapshotId, second.snapshotId, regionScope(['32.04.05.2002'])),
    );
    expect(scoped.slice(1)).toEqual([expect.stringMatching(/^32\.04\.05\.2002,.*,KELUAR,/)]);
    const lines = await collect(snapshotDiffCsv(database.prisma, first.snapshotId, second.snapshotId));
    expect(lines[0]).toBe('kode_desa,desa,perubahan,nik,nama,sebelum,sesudah');
    expect(lines).toContainEqual(
      expect.stringMatching(/^35\.78\.05\.1003,.*,BERUBAH,357805\*{10},Hj\. Siti Romlah,NONAKTIF,AKTIF$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^35\.78\.05\.1003,.*,MASUK,357805\*{10},Sulastri Dewi,,AKTIF$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^32\.04\.05\.2002,.*,KELUAR,320405\*{10},Euis Komariah,AKTIF,$/),
    );
    expect(lines).toHaveLength(4);
  });
});

describe.each(testEngines())('registry import by region-scoped staff on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it('rejects rows outside the region, and may not replace a snapshot reaching beyond it', async () => {
    const surabaya = {
      source: 'DTKS' as const,
      scope: ['35.78'],
      filePath: path.join(fixtures, 'dtks-sample.csv'),
    };
    const first = await importRegistryFile(database, testSecret, { ...surabaya, period: '2026-Q1' });
    expect(first).toMatchObject({
      kind: 'imported',
      rowsAccepted: 4,
      rowsRejected: 2,
      rejectedReasons: { DI_LUAR_WILAYAH: 2 },
    });
    const national = await importRegistryFile(database, testSecret, {
      source: 'DTKS',
      period: '2026-Q2',
      filePath: path.join(fixtures, 'dtks-sample.csv'),
    });
    expect(national).toMatchObject({ kind: 'imported', rowsAccepted: 6 });
    const before = await fingerprint(database);
    expect(await importRegistryFile(database, testSecret, { ...surabaya, period: '2026-Q3' })).toMatchObject({
      kind: 'bad-file',
      code: 'WILAYAH_TERLALU_SEMPIT',
    });
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe.each(testEngines())('registry import onto the demo registry on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openSeededDatabase(engine, 200);
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses to mix real data with demo data unless asked to replace the demo', async () => {
    const request = {
      source: 'DTSEN' as const,
      period: '2025-Q4',
      filePath: path.join(fixtures, 'dtsen-sample.csv'),
    };
    expect(await importRegistryFile(database, testSecret, request)).toMatchObject({
      kind: 'bad-file',
      code: 'DATA_DEMO',
    });
    expect(await importRegistryFile(database, testSecret, { ...request, replaceDemo: true })).toMatchObject({
      kind: 'imported',
    });
    const rows = await database.sql.query<{ demo: boolean; persons: number }>(
      'SELECT demo, (SELECT count(*)::int FROM person) AS persons FROM registry_snapshot',
    );
    expect(rows).toEqual([{ demo: false, persons: 6 }]);
  });
});
