import 'server-only';
import type { SqlSession } from '@/lib/db';
import { csvLine } from './csv';
import { bulkTableOrder, bulkTables, type BulkTable } from './tables';

type Value = string | number | boolean | null;

// Buffers rows per table as CSV and sends them with COPY in parent-first order, so a
// million rows cost a few dozen round trips instead of a million INSERTs.
export class BulkWriter {
  private buffers = new Map<BulkTable, string[]>();
  private pending = 0;

  constructor(
    private readonly sql: SqlSession,
    private readonly flushEvery = 20_000,
  ) {}

  async add(table: BulkTable, values: readonly Value[]): Promise<void> {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(csvLine(values));
    if (++this.pending >= this.flushEvery * 4) await this.flush();
  }

  async flush(): Promise<void> {
    for (const table of bulkTableOrder) {
      const lines = this.buffers.get(table);
      if (!lines || lines.length === 0) continue;
      await this.sql.copyCsv(table, bulkTables[table], lines.join(''));
      this.buffers.set(table, []);
    }
    this.pending = 0;
  }
}
