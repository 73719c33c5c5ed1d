import 'server-only';
import type { SqlSession } from '@/lib/db';
import { programmeNames } from '@/lib/seed/periods';
import type { HeaderLayout } from './columns';
import { rowProblems } from './problems';

// Set-based merge of the staged rows into the registry, inside the import's transaction.
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

async function mergeHouseholds(sql: SqlSession): Promise<void> {
  await sql.query(
    `INSERT INTO household (kk_hash, kk_masked, village_code, address, rt, rw)
     SELECT DISTINCT ON (kk_hash) kk_hash, kk_masked, village_code, address, rt, rw
     FROM import_stage ORDER BY kk_hash, line DESC
     ON CONFLICT (kk_hash) DO UPDATE SET village_code = EXCLUDED.village_code, address = EXCLUDED.address,
       rt = EXCLUDED.rt, rw = EXCLUDED.rw
     WHERE (household.village_code, household.address, household.rt, household.rw)
       IS DISTINCT FROM (EXCLUDED.village_code, EXCLUDED.address, EXCLUDED.rt, EXCLUDED.rw)`,
  );
}

// New or changed persons get their name keys rewritten; the others keep theirs.
async function mergePersons(sql: SqlSession): Promise<void> {
  await sql.query(
    'CREATE TEMP TABLE import_touched (person_id int PRIMARY KEY, line int NOT NULL) ON COMMIT DROP',
  );
  await sql.query(
    `WITH upserted AS (
       INSERT INTO person (household_id, village_code, full_name, normalized_name, birth_date, sex, family_role,
                           nik_hash, nik_masked, quality_flags)
       SELECT h.id, s.village_code, s.full_name, s.normalized_name, s.birth_date, s.sex, s.family_role,
              s.nik_hash, s.nik_masked, s.quality_flags
       FROM import_stage s JOIN household h ON h.kk_hash = s.kk_hash
       ON CONFLICT (nik_hash) DO UPDATE SET household_id = EXCLUDED.household_id,
         village_code = EXCLUDED.village_code, full_name = EXCLUDED.full_name,
         normalized_name = EXCLUDED.normalized_name, birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex,
         family_role = EXCLUDED.family_role, quality_flags = EXCLUDED.quality_flags, updated_at = now()
       WHERE (person.household_id, person.village_code, person.full_name, person.birth_date, person.sex,
              person.family_role, person.quality_flags)
         IS DISTINCT FROM (EXCLUDED.household_id, EXCLUDED.village_code, EXCLUDED.full_name, EXCLUDED.birth_date,
              EXCLUDED.sex, EXCLUDED.family_role, EXCLUDED.quality_flags)
       RETURNING id, nik_hash
     )
     INSERT INTO import_touched (person_id, line)
     SELECT u.id, s.line FROM upserted u JOIN import_stage s ON s.nik_hash = u.nik_hash`,
  );
  await sql.query('DELETE FROM person_name_key k USING import_touched t WHERE k.person_id = t.person_id');
  await sql.query(
    `INSERT INTO person_name_key (village_code, key, person_id)
     SELECT DISTINCT s.village_code, k.key, t.person_id
     FROM import_touched t JOIN import_stage s ON s.line = t.line CROSS JOIN LATERAL unnest(s.name_keys) AS k(key)
     ORDER BY 1, 2, 3`,
  );
}

async function writeEntries(sql: SqlSession, snapshotId: number, layout: HeaderLayout): Promise<void> {
  // Entries go in in person order, so their indexes grow at one end instead of all over.
  await sql.query(
    `CREATE TEMP TABLE import_person ON COMMIT DROP AS
     SELECT s.line, p.id AS person_id FROM import_stage s JOIN person p ON p.nik_hash = s.nik_hash
     ORDER BY p.id`,
  );
  await sql.query('ANALYZE import_person');
  if (layout.source === 'DTSEN') {
    await sql.query(
      `INSERT INTO dtsen_entry (snapshot_id, person_id, desil, welfare_group)
       SELECT $1, i.person_id, s.desil, s.welfare_group FROM import_stage s JOIN import_person i USING (line)
       ORDER BY i.person_id`,
      [snapshotId],
    );
    return;
  }
  await sql.query(
    `INSERT INTO dtks_entry (snapshot_id, person_id, status)
     SELECT $1, i.person_id, s.dtks_status FROM import_stage s JOIN import_person i USING (line)
     ORDER BY i.person_id`,
    [snapshotId],
  );
  const codes = [...new Set(layout.programmes.map((column) => column.code))];
  await sql.query(
    `INSERT INTO programme (code, name) SELECT code, name FROM unnest($1::text[], $2::text[]) AS t(code, name)
     ON CONFLICT (code) DO NOTHING`,
    [codes, codes.map((code) => programmeNames[code])],
  );
  await sql.query(
    `INSERT INTO programme_assignment (snapshot_id, person_id, programme_code, period, received, remark)
     SELECT $1, i.person_id, a.programme_code, a.period, a.received, a.remark
     FROM import_stage_programme a JOIN import_person i USING (line)
     ORDER BY i.person_id, a.programme_code, a.period`,
    [snapshotId],
  );
}

export async function mergeStaged(sql: SqlSession, snapshotId: number, layout: HeaderLayout) {
  const duplicates = await rejectDuplicateNiks(sql, snapshotId);
  await mergeHouseholds(sql);
  await mergePersons(sql);
  await writeEntries(sql, snapshotId, layout);
  return { duplicates };
}
