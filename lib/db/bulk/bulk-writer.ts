import 'server-only';
import type { SqlSession } from '../connection';
import { CsvBuffer } from './csv-buffer';

type Value = string | number | boolean | null;

// Buffers rows per table as CSV and sends them with COPY in parent-first order (the
// order of the table list), so a million rows cost a few dozen round trips instead of
// a million INSERTs. The demo seed fills the registry tables; the file import fills its
// staging tables through the same writer.
export class BulkWriter<Table extends string> {
  private readonly buffers = new Map<Table, CsvBuffer>();
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
    if (!buffer) this.buffers.set(table, (buffer = new CsvBuffer()));
    buffer.writeLine(values);
    return ++this.pending >= this.flushEvery * 4;
  }

  // Takes the buffered rows at once, so rows pushed while this batch is copied go to the next.
  async flush(): Promise<void> {
    const batch: [Table, string][] = [];
    for (const table of Object.keys(this.tables) as Table[]) {
      const buffer = this.buffers.get(table);
      if (buffer && !buffer.isEmpty) batch.push([table, buffer.take()]);
    }
    this.pending = 0;
    for (const [table, csv] of batch) await this.sql.copyCsv(table, this.tables[table], csv);
  }
}
