import 'server-only';
import type { SqlSession } from '@/lib/db';
import { programmeNames } from '@/lib/registry';
import type { HeaderLayout } from '../columns';
import { rowProblems } from '../problems';
import { withIndexesRebuilt } from './rebuilt-indexes';
import { writeSnapshotPartition } from './partitions';

// Set-based merge of the staged rows into the registry, inside the import's transaction.
// SQL (the bulk SqlSession): it reads the temporary staging tables the COPY filled, row sets at a time.
// Persons are identified by NIK hash and shared by all snapshots: a person row holds the
// latest demographics any import delivered, and each snapshot says through its own
// entries who is in it. Unchanged rows are not rewritten, so loading the same content
// again leaves households, persons and name keys as they were.

// A NIK may appear once per snapshot: later lines with the same NIK are rejected.
async function rejectDuplicateNiks(sql: SqlSession, snapshotId: number): Promise<number> {
  const [result] = await sql.query<{ n: number }>(
    `WITH ranked AS (
       SELECT line, min(line) OVER (PARTITION BY nik_hash) AS first_line FROM import_stage
     ), removed AS (
       DELETE FROM import_stage s USING ranked r
       WHERE s.line = r.line AND r.line <> r.first_line RETURNING s.line, s.nik_masked, r.first_line
     ), recorded AS (
       INSERT INTO import_rejection (snapshot_id, line, "column", reason, message, value)
       SELECT $1, line, 'NIK', 'NIK_GANDA', $2 || ' (baris ' || first_line || ')', nik_masked FROM removed
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM recorded`,
    [snapshotId, rowProblems.NIK_GANDA],
  );
  return result?.n ?? 0;
}

// Each household as its latest line in the file describes it.
async function mergeHouseholds(sql: SqlSession): Promise<void> {
  await sql.query(
    `CREATE TEMP TABLE import_household ON COMMIT DROP AS
     SELECT DISTINCT ON (kk_hash) kk_hash, kk_masked, village_code, address, rt, rw
     FROM import_stage ORDER BY kk_hash, line DESC`,
  );
  await sql.query(
    `UPDATE household h SET village_code = s.village_code, address = s.address, rt = s.rt, rw = s.rw
     FROM import_household s
     WHERE h.kk_hash = s.kk_hash
       AND (h.village_code, h.address, h.rt, h.rw) IS DISTINCT FROM (s.village_code, s.address, s.rt, s.rw)`,
  );
  await sql.query(
    `INSERT INTO household (kk_hash, kk_masked, village_code, address, rt, rw)
     SELECT kk_hash, kk_masked, village_code, address, rt, rw FROM import_household s
     WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.kk_hash = s.kk_hash)
     ORDER BY village_code, kk_hash`,
  );
}

// New or changed persons get their name keys rewritten; the others keep theirs. Written
// as an update and an insert rather than an upsert, so it also runs while the unique
// index on nik_hash is being rebuilt.
async function mergePersons(sql: SqlSession): Promise<void> {
  await sql.query(
    'CREATE TEMP TABLE import_touched (person_id int PRIMARY KEY, line int NOT NULL) ON COMMIT DROP',
  );
  await sql.query(
    `WITH updated AS (
       UPDATE person p SET household_id = h.id, village_code = s.village_code, full_name = s.full_name,
         normalized_name = s.normalized_name, birth_date = s.birth_date, sex = s.sex,
         family_role = s.family_role, quality_flags = s.quality_flags, updated_at = now()
       FROM import_stage s JOIN household h ON h.kk_hash = s.kk_hash
       WHERE p.nik_hash = s.nik_hash
         AND (p.household_id, p.village_code, p.full_name, p.birth_date, p.sex, p.family_role, p.quality_flags)
           IS DISTINCT FROM (h.id, s.village_code, s.full_name, s.birth_date, s.sex, s.family_role, s.quality_flags)
       RETURNING p.id, s.line
     )
     INSERT INTO import_touched (person_id, line) SELECT id, line FROM updated`,
  );
  // New persons get their ids up front, so no join on nik_hash is needed to learn them.
  await sql.query(
    `CREATE TEMP TABLE import_new_person ON COMMIT DROP AS
     SELECT nextval(pg_get_serial_sequence('person', 'id'))::int AS person_id, s.line
     FROM import_stage s WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.nik_hash = s.nik_hash)`,
  );
  await sql.query(
    `INSERT INTO person (id, household_id, village_code, full_name, normalized_name, birth_date, sex, family_role,
                         nik_hash, nik_masked, quality_flags)
     SELECT n.person_id, h.id, s.village_code, s.full_name, s.normalized_name, s.birth_date, s.sex, s.family_role,
            s.nik_hash, s.nik_masked, s.quality_flags
     FROM import_new_person n JOIN import_stage s USING (line) JOIN household h ON h.kk_hash = s.kk_hash
     ORDER BY n.person_id`,
  );
  await sql.query(
    'INSERT INTO import_touched (person_id, line) SELECT person_id, line FROM import_new_person',
  );
  await sql.query('DELETE FROM person_name_key k USING import_touched t WHERE k.person_id = t.person_id');
  // matchKeys never repeats a key, so each (village, key, person) comes once.
  await sql.query(
    `INSERT INTO person_name_key (village_code, key, person_id)
     SELECT s.village_code, k.key, t.person_id
     FROM import_touched t JOIN import_stage s ON s.line = t.line CROSS JOIN LATERAL unnest(s.name_keys) AS k(key)`,
  );
}

// A load at least as large as the registry it goes into (the first load above all)
// rebuilds the indexes of the shared tables instead of updating them row by row.
async function growsRegistry(sql: SqlSession): Promise<boolean> {
  const [row] = await sql.query<{ grows: boolean }>(
    `SELECT (SELECT count(*) FROM import_stage) >
            (SELECT count(*) FROM (SELECT 1 FROM person LIMIT (SELECT count(*) FROM import_stage)) p) AS grows`,
  );
  return row?.grows ?? false;
}

async function mergePeople(sql: SqlSession): Promise<void> {
  const merge = async () => {
    await mergeHouseholds(sql);
    await mergePersons(sql);
  };
  if (await growsRegistry(sql))
    await withIndexesRebuilt(sql, ['household', 'person', 'person_name_key'], merge);
  else await merge();
}

async function writeEntries(sql: SqlSession, snapshotId: number, layout: HeaderLayout): Promise<void> {
  await sql.query(
    `CREATE TEMP TABLE import_person ON COMMIT DROP AS
     SELECT s.line, p.id AS person_id FROM import_stage s JOIN person p ON p.nik_hash = s.nik_hash`,
  );
  await sql.query('ANALYZE import_person');
  if (layout.source === 'DTSEN') {
    await writeSnapshotPartition(
      sql,
      'dtsen_entry',
      snapshotId,
      `SELECT $1::int, i.person_id, s.desil, s.welfare_group FROM import_stage s JOIN import_person i USING (line)
       ORDER BY i.person_id`,
      [snapshotId],
    );
    return;
  }
  await writeSnapshotPartition(
    sql,
    'dtks_entry',
    snapshotId,
    `SELECT $1::int, i.person_id, s.dtks_status FROM import_stage s JOIN import_person i USING (line)
     ORDER BY i.person_id`,
    [snapshotId],
  );
  const codes = [...new Set(layout.programmes.map((column) => column.code))];
  await sql.query(
    `INSERT INTO programme (code, name) SELECT code, name FROM unnest($1::text[], $2::text[]) AS t(code, name)
     ON CONFLICT (code) DO NOTHING`,
    [codes, codes.map((code) => programmeNames[code])],
  );
  await writeSnapshotPartition(
    sql,
    'programme_assignment',
    snapshotId,
    `SELECT $1::int, i.person_id, a.programme_code, a.period, a.received, a.remark
     FROM import_stage_programme a JOIN import_person i USING (line)
     ORDER BY i.person_id, a.programme_code, a.period`,
    [snapshotId],
  );
}

export async function mergeStaged(sql: SqlSession, snapshotId: number, layout: HeaderLayout) {
  const duplicates = await rejectDuplicateNiks(sql, snapshotId);
  await mergePeople(sql);
  await writeEntries(sql, snapshotId, layout);
  return { duplicates };
}
