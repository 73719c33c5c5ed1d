import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { auditBatches } from '@/lib/lookup/audit-batches';
import type { LookupAuditEntry } from '@/lib/lookup/record-lookup';
import { testEngines } from '../support/databases';

const entry = (index: number, villageCode = '11.01.01.2001'): LookupAuditEntry => ({
  channel: 'PUBLIC',
  villageCode,
  queryHash: index.toString(16).padStart(64, '0'),
  result: 'NOT_FOUND',
  matchCount: 0,
  reference: `REF-BATCH-${index}`,
});

describe.each(testEngines())('public lookup audit batches on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
  });
  afterAll(() => database.close());

  it('writes every row of lookups that finish together, and answers each once its row is stored', async () => {
    const record = auditBatches(database.prisma);
    await Promise.all(Array.from({ length: 120 }, (_, index) => record(entry(index))));
    expect(
      await database.prisma.lookupAudit.count({ where: { reference: { startsWith: 'REF-BATCH-' } } }),
    ).toBe(120);
  });

  it('fails only the lookups whose batch failed, and keeps writing the next ones', async () => {
    const record = auditBatches(database.prisma);
    const first = record(entry(1000));
    // A village code longer than the column: the whole INSERT it travels in is refused.
    const broken = [record(entry(1001, '11.01.01.2001.99')), record(entry(1002))];
    await first;
    const settled = await Promise.allSettled(broken);
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await record(entry(1003));
    const stored = await database.prisma.lookupAudit.findMany({
      where: { reference: { in: ['REF-BATCH-1000', 'REF-BATCH-1001', 'REF-BATCH-1002', 'REF-BATCH-1003'] } },
      select: { reference: true },
      orderBy: { reference: 'asc' },
    });
    expect(stored.map((row) => row.reference)).toEqual(['REF-BATCH-1000', 'REF-BATCH-1003']);
  });
});
