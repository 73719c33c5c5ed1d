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
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(csvLine(values));
    if (++this.pending >= this.flushEvery * 4) await this.flush();
  }

  async flush(): Promise<void> {
    for (const table of Object.keys(this.tables) as Table[]) {
      const lines = this.buffers.get(table);
      if (!lines || lines.length === 0) continue;
      await this.sql.copyCsv(table, this.tables[table], lines.join(''));
      this.buffers.set(table, []);
    }
    this.pending = 0;
  }
}
