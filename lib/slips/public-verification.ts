import 'server-only';
import { db } from '@/lib/db';
import { passPublicGate } from '@/lib/gate';
import { describeVillage } from '@/lib/regions';
import { normalizeSlipCode, verifySlip, type Slip } from './read';

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
  const code = normalizeSlipCode(typed);
  if (!code) return { kind: 'invalid' };
  const gate = await passPublicGate({ headers, subject: { kind: 'slip', code } });
  if (gate.kind === 'limited') return gate;
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
