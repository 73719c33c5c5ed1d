import 'server-only';
import type { DbClient } from '@/lib/db';
import { isReadableCode } from '@/lib/formats';
import { type StaffCaller, staffScope } from '@/lib/staff';
import { slipFacts, type SlipFacts } from './facts';
import { slipCodeGroups } from './issue';
import { staffSlipInScope } from './queries';

export type Slip = {
  code: string;
  maskedName: string;
  villageCode: string;
  issuedAt: string;
  facts: SlipFacts;
};

export type StaffSlip = Slip & { personId: number; reference: string; purpose: string };

type StoredSlip = { code: string; maskedName: string; villageCode: string; createdAt: Date; facts: unknown };

// People copy codes by hand: accept lower case and stray spaces.
export function normalizeSlipCode(text: string): string | null {
  const code = text.toUpperCase().replace(/\s+/g, '');
  return isReadableCode(code, slipCodeGroups) ? code : null;
}

function toSlip(stored: StoredSlip): Slip | null {
  const facts = slipFacts.safeParse(stored.facts);
  if (!facts.success) return null;
  return {
    code: stored.code,
    maskedName: stored.maskedName,
    villageCode: stored.villageCode,
    issuedAt: stored.createdAt.toISOString(),
    facts: facts.data,
  };
}

// Public verification: what the slip printed, nothing more, or null for an unknown code.
export async function verifySlip(client: DbClient, typedCode: string): Promise<Slip | null> {
  const code = normalizeSlipCode(typedCode);
  if (!code) return null;
  const stored = await client.resultSlip.findUnique({
    where: { code },
    select: { code: true, maskedName: true, villageCode: true, createdAt: true, facts: true },
  });
  return stored ? toSlip(stored) : null;
}

// The printable slip for staff, within the caller's scope (outside it: null, like a missing code).
export async function slipForStaff(
  client: DbClient,
  caller: StaffCaller,
  typedCode: string,
): Promise<StaffSlip | null> {
  const code = normalizeSlipCode(typedCode);
  if (!code) return null;
  const row = await staffSlipInScope(client, code, staffScope(caller).patterns);
  const slip = row
    ? toSlip({
        code: row.code,
        maskedName: row.masked_name,
        villageCode: row.village_code,
        createdAt: row.issued_at,
        facts: row.facts,
      })
    : null;
  return row && slip
    ? { ...slip, personId: row.person_id, reference: row.reference, purpose: row.purpose }
    : null;
}
