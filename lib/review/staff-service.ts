import 'server-only';
import { flushRefusals } from '@/lib/gate';
import { db, type Database } from '@/lib/db';
import { shiftDay, wibDay } from '@/lib/formats';
import { type StaffCaller, recordStaffActionIn } from '@/lib/staff';
import { lookupAuditCsv } from './audit-export';
import { auditOperators, listLookupAudit, type AuditPage } from './audit-list';
import { readDashboard, type Dashboard } from './dashboard';
import { parseAuditFilters, type AuditFilters } from './filters';
import { dailySeries } from './daily-series';
import { readRefusals, type RefusalRow } from './refusals';

type SearchParams = Record<string, string | string[] | undefined>;

export async function auditPageFor(
  caller: StaffCaller,
  params: SearchParams,
): Promise<{ filters: AuditFilters; page: AuditPage; operators: { id: number; username: string }[] }> {
  const { prisma } = await db();
  const { filters, page } = parseAuditFilters(params);
  const [rows, operators] = await Promise.all([
    listLookupAudit(prisma, caller, filters, page),
    auditOperators(prisma, caller),
  ]);
  return { filters, page: rows, operators };
}

// The CSV export as a stream of bytes; the export itself is logged with its filters.
export async function auditCsvStream(
  caller: StaffCaller,
  params: SearchParams,
  database?: Pick<Database, 'prisma' | 'sql'>,
): Promise<ReadableStream<Uint8Array>> {
  const on = database ?? (await db());
  const { filters } = parseAuditFilters(params);
  await recordStaffActionIn(on, {
    actorId: caller.userId,
    action: 'audit.export',
    subject: filters.region ?? '',
    detail: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
  });
  const lines = lookupAuditCsv(on.prisma, caller, filters);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

const defaultDays = 30;

// The dashboard over a date range; without one, the last 30 days (WIB).
export async function dashboardFor(
  caller: StaffCaller,
  params: SearchParams,
  now = new Date(),
): Promise<{
  filters: AuditFilters;
  dashboard: Dashboard;
  daily: ReturnType<typeof dailySeries>;
  refusals: RefusalRow[];
}> {
  const { filters } = parseAuditFilters(params);
  const today = wibDay(now);
  const to = filters.to ?? today;
  const from = filters.from ?? shiftDay(to, -(defaultDays - 1));
  const range = { from, to, region: filters.region };
  const { prisma } = await db();
  // This process's refusals not yet written (they are written in batches) are written first.
  await flushRefusals(prisma);
  const [dashboard, refusals] = await Promise.all([
    readDashboard(prisma, caller, range),
    readRefusals(prisma, caller, range),
  ]);
  return { filters: range, dashboard, daily: dailySeries(from, to, dashboard.days), refusals };
}
