import type { DtksStatus } from '@/lib/db/client';
import { explainStatus, type StatusExplanation } from '@/lib/status';

export type PeriodListing = { code: string; period: string; received: boolean; remark: string };

// The resident-facing state of one person from their active-snapshot facts, with the
// same rules the public lookup uses (lib/status).
export function stateOf(
  facts: {
    dtksStatus: DtksStatus | null;
    desil: number | null;
    qualityFlags: readonly string[];
    listings: readonly PeriodListing[];
  },
  periods: { current: string | null; previous: string | null },
): StatusExplanation {
  return explainStatus({
    dtks: facts.dtksStatus ? { status: facts.dtksStatus } : null,
    dtsen: facts.desil === null ? null : { desil: facts.desil },
    qualityFlags: facts.qualityFlags,
    programmes: facts.listings.flatMap((listing) => {
      const period =
        listing.period === periods.current
          ? 'current'
          : listing.period === periods.previous
            ? 'previous'
            : null;
      return period ? [{ ...listing, period }] : [];
    }),
  });
}
