import { z } from 'zod';

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));

const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/);

// An empty field (a filter left at "Semua") or a malformed one means "no filter": a
// shared or edited link never fails, it only filters less.
const optional = <T extends z.ZodType>(schema: T) =>
  z.unknown().transform((value) => {
    const parsed = schema.safeParse(typeof value === 'string' && value.trim() === '' ? undefined : value);
    return parsed.success ? parsed.data : undefined;
  });

// The review filters as they travel in the URL (Indonesian names: staff share these links).
export const auditFilterParams = z.object({
  dari: optional(isoDay),
  sampai: optional(isoDay),
  wilayah: optional(regionCode),
  kanal: optional(z.enum(['PUBLIC', 'OPERATOR'])),
  hasil: optional(z.enum(['FOUND', 'NOT_FOUND', 'NEEDS_CONFIRMATION', 'REJECTED', 'ERROR'])),
  petugas: optional(z.coerce.number().int().positive()),
  halaman: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type AuditFilters = {
  from?: string;
  to?: string;
  region?: string;
  channel?: 'PUBLIC' | 'OPERATOR';
  result?: 'FOUND' | 'NOT_FOUND' | 'NEEDS_CONFIRMATION' | 'REJECTED' | 'ERROR';
  operatorId?: number;
};

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  page: number;
} {
  const first = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = auditFilterParams.parse(first);
  return {
    filters: {
      from: parsed.dari,
      to: parsed.sampai,
      region: parsed.wilayah,
      channel: parsed.kanal,
      result: parsed.hasil,
      operatorId: parsed.petugas,
    },
    page: parsed.halaman ?? 1,
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
