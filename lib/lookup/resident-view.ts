import { maskName, type DtksStatus, type WelfareGroup } from '@/lib/registry';
import { explainStatus, welfareGroupOf, type StatusExplanation } from '@/lib/status';
import { ageOn } from './age';
import type { ActiveSnapshots } from './active-snapshots';
import type { CandidateRow } from './candidates';

export type ProgrammeLine = {
  code: string;
  current: { received: boolean; remark: string } | null;
  previous: { received: boolean; remark: string } | null;
};

export type ResidentView = {
  maskedName: string;
  // Only after the birth date confirmed the resident: an age narrows the birth date to
  // about 366 days, few enough to guess.
  age: number | null;
  dtksStatus: DtksStatus | null;
  status: StatusExplanation;
  programmes: ProgrammeLine[];
  // Only after the birth date confirmed the resident: anyone may know a neighbour's
  // name, few know their birth date.
  welfare: { desil: number; group: WelfareGroup } | null;
};

export function toResidentView(
  row: CandidateRow,
  snapshots: ActiveSnapshots,
  today: string,
  birthDateConfirmed: boolean,
): ResidentView {
  const periodOf = (period: string) => (period === snapshots.currentPeriod ? 'current' : 'previous');
  const listings = row.programmes.map((p) => ({ ...p, period: periodOf(p.period) }) as const);
  const codes = [...new Set(listings.map((listing) => listing.code))];
  const find = (code: string, period: 'current' | 'previous') => {
    const listing = listings.find((l) => l.code === code && l.period === period);
    return listing ? { received: listing.received, remark: listing.remark } : null;
  };
  return {
    maskedName: maskName(row.full_name),
    age: birthDateConfirmed ? ageOn(row.birth_date, today) : null,
    dtksStatus: row.dtks_status,
    status: explainStatus({
      dtks: row.dtks_status ? { status: row.dtks_status } : null,
      dtsen: row.desil === null ? null : { desil: row.desil },
      programmes: listings,
      qualityFlags: row.quality_flags,
    }),
    programmes: codes.map((code) => ({
      code,
      current: find(code, 'current'),
      previous: find(code, 'previous'),
    })),
    welfare:
      birthDateConfirmed && row.desil !== null
        ? { desil: row.desil, group: welfareGroupOf(row.desil) }
        : null,
  };
}
