import { describe, expect, it } from 'vitest';
import { canonicalJson, findChainBreak, genesisHash, rowHash, type ChainedRow } from '@/lib/staff/log/chain';

function chain(count: number): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prevHash = genesisHash;
  for (let index = 1; index <= count; index++) {
    const row = {
      id: String(index),
      createdAt: `2026-03-02T08:00:0${index}.000Z`,
      actorId: index,
      action: 'person.view',
      subject: `person-${index}`,
      detail: { villageCode: '35.78.05.1003' },
      prevHash,
    };
    const hash = rowHash(row);
    rows.push({ ...row, hash });
    prevHash = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined, as jsonb and JSON do', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });
});

describe('findChainBreak', () => {
  it('passes an intact chain and returns its head', () => {
    const rows = chain(4);
    expect(findChainBreak(rows, genesisHash)).toEqual({ lastHash: rows[3]?.hash });
  });

  it('continues from the previous batch', () => {
    const rows = chain(4);
    expect(findChainBreak(rows.slice(2), rows[1]?.hash ?? '')).toEqual({ lastHash: rows[3]?.hash });
  });

  it('names an edited row', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1]!, subject: 'someone-else' };
    expect(findChainBreak(rows, genesisHash)).toEqual({ break: { id: '2', reason: 'edited' } });
  });

  it('names the row after a removed one', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(findChainBreak(rows, genesisHash)).toEqual({ break: { id: '3', reason: 'broken-link' } });
  });

  it('names a row whose hash was recomputed after an edit, by the link of the next row', () => {
    const rows = chain(3);
    const edited = { ...rows[0]!, action: 'login' };
    rows[0] = { ...edited, hash: rowHash(edited) };
    expect(findChainBreak(rows, genesisHash)).toEqual({ break: { id: '2', reason: 'broken-link' } });
  });
});
