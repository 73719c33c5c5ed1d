import { z } from 'zod';
import { residentStates } from '@/lib/status';

// What a result slip prints and /verifikasi shows again: masked and coarse on purpose
// (no desil, no NIK, no address), so a slip handed around reveals little.
export const slipFacts = z.object({
  state: z.enum(residentStates),
  inDtks: z.boolean(),
  inDtsen: z.boolean(),
  period: z.string().nullable(),
  programmes: z.array(z.object({ code: z.string(), received: z.boolean() })),
});
export type SlipFacts = z.infer<typeof slipFacts>;

type RecordFacts = {
  status: { state: SlipFacts['state']; inDtks: boolean; inDtsen: boolean };
  periods: { current: string | null };
  programmes: readonly { code: string; period: string; received: boolean; snapshotActive: boolean }[];
};

export function slipFactsOf(record: RecordFacts): SlipFacts {
  const current = record.programmes.filter(
    (listing) => listing.snapshotActive && listing.period === record.periods.current,
  );
  return {
    state: record.status.state,
    inDtks: record.status.inDtks,
    inDtsen: record.status.inDtsen,
    period: record.periods.current,
    programmes: current
      .map((listing) => ({ code: listing.code, received: listing.received }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
