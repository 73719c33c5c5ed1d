import { createHash } from 'node:crypto';

// The hash chain of the staff action log, without I/O. Each row's hash covers the previous
// row's hash and the row itself, so editing a row breaks its own hash and removing one breaks
// the link of the row after it.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type ChainedRow = {
  id: string;
  createdAt: string; // ISO 8601 in UTC, millisecond precision (the column's precision)
  actorId: number | null;
  action: string;
  subject: string;
  detail: unknown; // hashed as canonical JSON, whatever type the reader gives it
  prevHash: string;
  hash: string;
};

export const genesisHash = '0'.repeat(64);

// JSON with object keys sorted at every depth: the same row always hashes the same, whatever
// order PostgreSQL's jsonb gives the keys back in.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// The listed fields only: a stored row also carries its own hash, which must not hash itself.
export function rowHash(row: Omit<ChainedRow, 'hash'>): string {
  const content = {
    id: row.id,
    createdAt: row.createdAt,
    actorId: row.actorId,
    action: row.action,
    subject: row.subject,
    detail: row.detail,
  };
  return createHash('sha256').update(row.prevHash).update(canonicalJson(content)).digest('hex');
}

export type ChainBreak = { id: string; reason: 'edited' | 'broken-link' };

// Checks rows in id order, continuing from the hash the previous batch ended with.
export function findChainBreak(
  rows: readonly ChainedRow[],
  previousHash: string,
): { break: ChainBreak } | { lastHash: string } {
  let expectedPrev = previousHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) return { break: { id: row.id, reason: 'broken-link' } };
    if (rowHash(row) !== row.hash) return { break: { id: row.id, reason: 'edited' } };
    expectedPrev = row.hash;
  }
  return { lastHash: expectedPrev };
}
