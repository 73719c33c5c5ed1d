import 'server-only';
import { type SqlSession, BulkWriter, postgresTextArray } from '@/lib/db';
import { identityNumberFields, nameFields, type IdentityNumberFields } from './person-fields';
import { rowProblems, type RowProblem } from './problems';
import type { ImportedRow } from './row';

// Accepted rows go to staging tables that live only inside the import's transaction
// (temporary, dropped at commit or rollback); rejections go straight to the report
// table under the snapshot being loaded, so they too commit or vanish with it.
const stagingTables = {
  import_stage: [
    'line',
    'nik_hash',
    'nik_masked',
    'kk_hash',
    'kk_masked',
    'village_code',
    'address',
    'rt',
    'rw',
    'full_name',
    'normalized_name',
    'name_keys',
    'birth_date',
    'sex',
    'family_role',
    'quality_flags',
    'dtks_status',
    'desil',
    'welfare_group',
  ],
  import_stage_programme: ['line', 'programme_code', 'period', 'received', 'remark'],
  import_rejection: ['snapshot_id', 'line', '"column"', 'reason', 'message', 'value'],
} as const;
type StagingTable = keyof typeof stagingTables;

// A name's staging columns: the normalised name and its keys as a PostgreSQL array.
type StagedName = { normalizedName: string; keys: string };

export class Stager {
  private readonly writer: BulkWriter<StagingTable>;
  private lastKk: ({ digits: string } & IdentityNumberFields) | null = null;
  // Full names repeat across a registry (Siti Aminah, Muhammad Rizki …); deriving their
  // keys is the costliest step per row. Bounded, so memory stays flat.
  private names = new Map<string, StagedName>();

  constructor(
    sql: SqlSession,
    private readonly secret: string,
    private readonly snapshotId: number,
  ) {
    this.writer = new BulkWriter(sql, stagingTables);
  }

  // Buffers the row; true once a batch is ready to be flushed.
  accept(row: ImportedRow): boolean {
    const nik = identityNumberFields(this.secret, 'nik', row.nik);
    // Members of a household follow each other in an export: hash their KK once.
    if (this.lastKk?.digits !== row.kk) {
      this.lastKk = { digits: row.kk, ...identityNumberFields(this.secret, 'kk', row.kk) };
    }
    const name = this.namesOf(row.fullName);
    let full = this.writer.push('import_stage', [
      row.line,
      nik.hash,
      nik.masked,
      this.lastKk.hash,
      this.lastKk.masked,
      row.villageCode,
      row.address,
      row.rt,
      row.rw,
      row.fullName,
      name.normalizedName,
      name.keys,
      row.birthDate,
      row.sex,
      row.familyRole,
      postgresTextArray(row.flags),
      row.dtksStatus,
      row.desil,
      row.welfareGroup,
    ]);
    for (const programme of row.programmes) {
      full =
        this.writer.push('import_stage_programme', [
          row.line,
          programme.code,
          programme.period,
          programme.received,
          programme.remark,
        ]) || full;
    }
    return full;
  }

  reject(line: number, problems: readonly RowProblem[]): boolean {
    let full = false;
    for (const problem of problems) {
      full =
        this.writer.push('import_rejection', [
          this.snapshotId,
          line,
          problem.column,
          problem.code,
          rowProblems[problem.code],
          problem.value,
        ]) || full;
    }
    return full;
  }

  private namesOf(fullName: string): StagedName {
    let staged = this.names.get(fullName);
    if (!staged) {
      if (this.names.size >= 100_000) this.names.clear();
      const fields = nameFields(fullName);
      staged = { normalizedName: fields.normalizedName, keys: postgresTextArray(fields.keys) };
      // A field read from the file is a slice of a whole chunk of it; the cache keeps a
      // copy, so that a name kept for long does not keep its chunk alive.
      this.names.set(Buffer.from(fullName).toString(), staged);
    }
    return staged;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}
