import { z } from 'zod';
import { Channel, LookupResult } from '@/lib/db/client';
import { isCalendarDay } from '@/lib/formats';

const isoDay = z.string().trim().refine(isCalendarDay);

const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/);

// The audit's vocabulary is the schema's: the filter form lists these, the URL may carry them.
export const auditChannels = Object.values(Channel);
export const auditResults = Object.values(LookupResult);
const channel = z.enum(Channel);
const result = z.enum(LookupResult);
const operatorId = z.coerce.number().int().positive().max(2_147_483_647);
const pageNumber = z.coerce.number().int().min(1).max(100_000);

// An empty field (a filter left at "Semua") or a malformed one means "no filter": a
// shared or edited link never fails, it only filters less.
function pick<T>(schema: z.ZodType<T>, value: string | string[] | undefined): T | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first.trim() === '') return undefined;
  const parsed = schema.safeParse(first);
  return parsed.success ? parsed.data : undefined;
}

export type AuditFilters = {
  from?: string;
  to?: string;
  region?: string;
  channel?: Channel;
  result?: z.infer<typeof result>;
  operatorId?: number;
};

// The review filters as they travel in the URL (Indonesian names: staff share these links).
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  page: number;
} {
  const filters: AuditFilters = {
    from: pick(isoDay, params.dari),
    to: pick(isoDay, params.sampai),
    region: pick(regionCode, params.wilayah),
    channel: pick(channel, params.kanal),
    result: pick(result, params.hasil),
    operatorId: pick(operatorId, params.petugas),
  };
  return {
    filters,
    page: pick(pageNumber, params.halaman) ?? 1,
  };
}

// Back to URL parameters, for pagination links and the CSV link.
export function auditFilterQuery(filters: AuditFilters, page?: number): string {
  const entries: [string, string | number | undefined][] = [
    ['dari', filters.from],
    ['sampai', filters.to],
    ['wilayah', filters.region],
    ['kanal', filters.channel],
    ['hasil', filters.result],
    ['petugas', filters.operatorId],
    ['halaman', page && page > 1 ? page : undefined],
  ];
  const search = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined) search.set(key, String(value));
  return search.toString();
}
