import 'server-only';
import { db } from '@/lib/db';
import { describeVillage } from '@/lib/regions';
import { normalizeSlipCode, verifySlip, type Slip } from './read';
import { admitSlipVerification } from './verify-limit';

export type PublicVerification =
  | { kind: 'invalid' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unknown' }
  | {
      kind: 'genuine';
      slip: Slip;
      place: { village: string; district: string; regency: string; province: string };
    };

// A typed code → what the slip printed. A malformed code costs nothing; every real check
// counts against the caller's limit, so codes cannot be tried in bulk.
export async function verifySlipForPublic(typed: string, headers: Headers): Promise<PublicVerification> {
  if (!normalizeSlipCode(typed)) return { kind: 'invalid' };
  const admission = await admitSlipVerification(headers);
  if (admission.kind === 'limited') return admission;
  const slip = await verifySlip((await db()).prisma, typed);
  const described = slip ? await describeVillage(slip.villageCode) : null;
  if (!slip || !described) return { kind: 'unknown' };
  return {
    kind: 'genuine',
    slip,
    place: {
      village: described.village.name,
      district: described.district.name,
      regency: described.regency.name,
      province: described.province.name,
    },
  };
}
