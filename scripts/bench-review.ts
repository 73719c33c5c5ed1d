// npm run bench:review [-- --rows 200000]: times the Dinsos review queries (audit page, a
// filtered page, the full CSV export, the dashboard) on the embedded database over a lookup
// audit of that many rows spread over the villages of Kota Surabaya in the last 30 days.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '@/lib/cli';
import { openDatabase, applyMigrations } from '@/lib/db';
import { loadOfficialRegions } from '@/lib/regions';
import { listLookupAudit, lookupAuditCsv, readDashboard } from '@/lib/review';
import type { StaffCaller } from '@/lib/staff';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
const milliseconds = (since: number) => Math.round(performance.now() - since);

await runCli(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-review-'));
  const database = await openDatabase({ mode: 'embedded', dataDir: dir });
  try {
    await applyMigrations(database.adapterFactory);
    await loadOfficialRegions(database.prisma);
    const [user] = await database.sql.query<{ id: number }>(
      `INSERT INTO staff_user (username, display_name, password_hash, role)
       VALUES ('bench.operator', 'Bench', 'x', 'OPERATOR_DESA') RETURNING id`,
    );
    // Surabaya (35.78) for the caller, Kabupaten Bandung (32.04) as rows it must not see.
    await database.sql.query(
      `INSERT INTO lookup_audit (created_at, channel, village_code, query_hash, result, match_count, reference,
                                 staff_user_id, purpose, consent, programme_codes)
       SELECT now() - (i % 30) * interval '1 day' - (i % 86400) * interval '1 second',
              CASE WHEN i % 5 = 0 THEN 'OPERATOR'::"Channel" ELSE 'PUBLIC'::"Channel" END,
              CASE WHEN i % 2 = 0 THEN s.codes[1 + i % array_length(s.codes, 1)]
                   ELSE b.codes[1 + i % array_length(b.codes, 1)] END,
              md5(i::text) || md5(i::text),
              CASE WHEN i % 3 = 0 THEN 'NOT_FOUND'::"LookupResult" ELSE 'FOUND'::"LookupResult" END,
              CASE WHEN i % 3 = 0 THEN 0 ELSE 1 END, NULL,
              CASE WHEN i % 5 = 0 THEN $2::int END,
              CASE WHEN i % 5 = 0 THEN 'layanan warga datang langsung' END,
              CASE WHEN i % 5 = 0 THEN true END,
              CASE WHEN i % 3 = 0 THEN '{}'::text[] ELSE ARRAY['BPNT', 'PBI_JK'] END
       FROM generate_series(1, $1::int) AS i,
            (SELECT array_agg(code ORDER BY code) AS codes FROM village WHERE code LIKE '35.78.%') s,
            (SELECT array_agg(code ORDER BY code) AS codes FROM village WHERE code LIKE '32.04.%') b`,
      [Number(values.rows), user?.id ?? 0],
    );
    await database.sql.query('ANALYZE lookup_audit');
    const dinsos: StaffCaller = { userId: 0, role: 'DINSOS', regionCodes: ['35.78'] };
    const figures: Record<string, number> = { rows: Number(values.rows) };

    let started = performance.now();
    const page = await listLookupAudit(database.prisma, dinsos, {}, 1);
    figures.audit_first_page_ms = milliseconds(started);
    figures.rows_in_scope = page.total;
    started = performance.now();
    await listLookupAudit(
      database.prisma,
      dinsos,
      { channel: 'OPERATOR', result: 'FOUND', region: '35.78.05' },
      3,
    );
    figures.audit_filtered_page_ms = milliseconds(started);
    started = performance.now();
    let bytes = 0;
    for await (const chunk of lookupAuditCsv(database.prisma, dinsos, {})) bytes += chunk.length;
    figures.csv_export_ms = milliseconds(started);
    figures.csv_megabytes = Math.round(bytes / 10_000) / 100;
    started = performance.now();
    await readDashboard(database.prisma, dinsos, {});
    figures.dashboard_ms = milliseconds(started);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
