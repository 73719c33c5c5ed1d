import { describe, expect, it } from 'vitest';
import { auditFilterQuery, parseAuditFilters } from '@/lib/review/filters';

describe('audit filters from the URL', () => {
  it('reads every filter and the page', () => {
    const parsed = parseAuditFilters({
      dari: '2026-11-01',
      sampai: '2026-11-23',
      wilayah: '35.78.05',
      kanal: 'OPERATOR',
      hasil: 'FOUND',
      petugas: '12',
      halaman: '3',
    });
    expect(parsed).toEqual({
      filters: {
        from: '2026-11-01',
        to: '2026-11-23',
        region: '35.78.05',
        channel: 'OPERATOR',
        result: 'FOUND',
        operatorId: 12,
      },
      page: 3,
    });
    expect(auditFilterQuery(parsed.filters, parsed.page)).toBe(
      'dari=2026-11-01&sampai=2026-11-23&wilayah=35.78.05&kanal=OPERATOR&hasil=FOUND&petugas=12&halaman=3',
    );
  });

  it('ignores empty and malformed values instead of failing', () => {
    const parsed = parseAuditFilters({
      dari: '2026-02-31',
      sampai: '23-11-2026',
      wilayah: "35.78' OR 1=1",
      kanal: 'EMAIL',
      petugas: '-1',
      halaman: ['x', '2'],
    });
    expect(parsed.page).toBe(1);
    expect(auditFilterQuery(parsed.filters)).toBe('');
  });
});
