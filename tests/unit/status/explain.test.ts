import { describe, expect, it } from 'vitest';
import { explainStatus, type RegistryFacts } from '@/lib/status';

const base: RegistryFacts = { dtks: null, dtsen: null, programmes: [], qualityFlags: [] };
const pkhNow = { code: 'PKH', period: 'current', received: true, remark: 'Sudah disalurkan' } as const;
const bpntBefore = { code: 'BPNT', period: 'previous', received: true, remark: 'Sudah disalurkan' } as const;
const bpntNowNo = {
  code: 'BPNT',
  period: 'current',
  received: false,
  remark: 'Kuota wilayah terpenuhi',
} as const;

describe('explainStatus', () => {
  it.each<[string, RegistryFacts, string]>([
    [
      'receiving this period',
      { ...base, dtks: { status: 'AKTIF' }, dtsen: { desil: 1 }, programmes: [pkhNow] },
      'RECEIVING',
    ],
    [
      'receiving despite a data problem',
      {
        ...base,
        dtks: { status: 'AKTIF' },
        programmes: [pkhNow],
        qualityFlags: ['NIK_TIDAK_PADAN_DUKCAPIL'],
      },
      'RECEIVING',
    ],
    [
      'in DTKS, nothing this period',
      { ...base, dtks: { status: 'AKTIF' }, dtsen: { desil: 3 }, programmes: [bpntNowNo] },
      'REGISTERED_NOT_RECEIVING',
    ],
    ['only in DTSEN', { ...base, dtsen: { desil: 6 } }, 'DTSEN_ONLY'],
    [
      'inactive in DTKS counts as not in DTKS',
      { ...base, dtks: { status: 'NONAKTIF' }, dtsen: { desil: 5 } },
      'DTSEN_ONLY',
    ],
    [
      'data problem, not receiving',
      { ...base, dtks: { status: 'AKTIF' }, qualityFlags: ['NIK_TANGGAL_LAHIR_TIDAK_SESUAI'] },
      'DATA_INCOMPLETE',
    ],
    ['in neither registry', base, 'NOT_REGISTERED'],
  ])('%s', (_, facts, state) => expect(explainStatus(facts).state).toBe(state));

  it('names programmes received last period and stopped this period', () => {
    const explanation = explainStatus({
      ...base,
      dtks: { status: 'AKTIF' },
      programmes: [pkhNow, bpntBefore, bpntNowNo],
    });
    expect(explanation.receivingNow).toEqual(['PKH']);
    expect(explanation.receivedBefore).toEqual(['BPNT']);
    expect(explanation.stoppedSinceLastPeriod).toEqual(['BPNT']);
  });
});
