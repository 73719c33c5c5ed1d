import 'server-only';
import type { SqlSession } from '@/lib/db';
import { csvLine } from './csv';

type Value = string | number | boolean | null;

// Buffers rows per table as CSV and sends them with COPY in parent-first order (the
// order of the table list), so a million rows cost a few dozen round trips instead of
// a million INSERTs. The demo seed fills the registry tables; the file import fills its
// staging tables through the same writer.
export class BulkWriter<Table extends string> {
  private buffers = new Map<Table, string[]>();
  private pending = 0;

  constructor(
    private readonly sql: SqlSession,
    private readonly tables: Readonly<Record<Table, readonly string[]>>,
    private readonly flushEvery = 20_000,
  ) {}

  async add(table: Table, values: readonly Value[]): Promise<void> {
    if (this.push(table, values)) await this.flush();
  }

  // Buffers a row without waiting; true once a flush is due. For callers that keep
  // producing rows while the previous batch is still being copied.
  push(table: Table, values: readonly Value[]): boolean {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(csvLine(values));
    return ++this.pending >= this.flushEvery * 4;
  }

  // Takes the buffered rows at once, so rows pushed while this batch is copied go to the next.
  async flush(): Promise<void> {
    const batch = this.buffers;
    this.buffers = new Map();
    this.pending = 0;
    for (const table of Object.keys(this.tables) as Table[]) {
      const lines = batch.get(table);
      if (lines && lines.length > 0) await this.sql.copyCsv(table, this.tables[table], lines.join(''));
    }
  }
}
