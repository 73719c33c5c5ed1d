import 'server-only';
import type { SqlSession } from '@/lib/db';

// SQL (the bulk SqlSession): temporary tables live on the connection of the import's transaction,
// where the COPY fills them; the Prisma client cannot reach that connection.
export async function createStagingTables(sql: SqlSession): Promise<void> {
  await sql.query(`CREATE TEMP TABLE import_stage (
    line int PRIMARY KEY, nik_hash char(64) NOT NULL, nik_masked varchar(16) NOT NULL,
    kk_hash char(64) NOT NULL, kk_masked varchar(16) NOT NULL, village_code varchar(13) NOT NULL,
    address text NOT NULL, rt varchar(3) NOT NULL, rw varchar(3) NOT NULL, full_name text NOT NULL,
    normalized_name text NOT NULL, name_keys text[] NOT NULL, birth_date date NOT NULL, sex "Sex" NOT NULL,
    family_role "FamilyRole" NOT NULL, quality_flags text[] NOT NULL, dtks_status "DtksStatus",
    desil smallint, welfare_group varchar(32)) ON COMMIT DROP`);
  await sql.query(`CREATE TEMP TABLE import_stage_programme (
    line int NOT NULL, programme_code varchar(16) NOT NULL, period varchar(32) NOT NULL,
    received boolean NOT NULL, remark text NOT NULL) ON COMMIT DROP`);
}
