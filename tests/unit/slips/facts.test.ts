import { describe, expect, it } from 'vitest';
import { slipFacts, slipFactsOf } from '@/lib/slips/facts';

describe('slipFactsOf', () => {
  it('prints the state and only the current period of active snapshots, sorted', () => {
    const facts = slipFactsOf({
      status: { state: 'RECEIVING', inDtks: true, inDtsen: true },
      periods: { current: '2025-Q4' },
      programmes: [
        { code: 'PBI_JK', period: '2025-Q4', received: true, snapshotActive: true },
        { code: 'BPNT', period: '2025-Q4', received: false, snapshotActive: true },
        { code: 'PKH', period: '2025-Q3', received: true, snapshotActive: true },
        { code: 'BLT', period: '2025-Q4', received: true, snapshotActive: false },
      ],
    });
    expect(facts).toEqual({
      state: 'RECEIVING',
      inDtks: true,
      inDtsen: true,
      period: '2025-Q4',
      programmes: [
        { code: 'BPNT', received: false },
        { code: 'PBI_JK', received: true },
      ],
    });
    expect(slipFacts.parse(JSON.parse(JSON.stringify(facts)))).toEqual(facts);
  });

  it('has no programme lines without a current period', () => {
    const facts = slipFactsOf({
      status: { state: 'NOT_REGISTERED', inDtks: false, inDtsen: false },
      periods: { current: null },
      programmes: [],
    });
    expect(facts.programmes).toEqual([]);
  });
});
