import 'server-only';
import { isReadableCode } from '@/lib/formats/readable-code';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopeCondition, staffScope } from '@/lib/staff/scope';
import { slipFacts, type SlipFacts } from './facts';
import { slipCodeGroups } from './issue';

export type Slip = {
  code: string;
  maskedName: string;
  villageCode: string;
  issuedAt: string;
  facts: SlipFacts;
};

export type StaffSlip = Slip & { personId: number; reference: string; purpose: string };

type SlipRow = {
  code: string;
  masked_name: string;
  village_code: string;
  issued_at: string;
  facts: unknown;
};

const slipColumns = `s.code, s.masked_name, s.village_code, s.facts,
  to_char(s.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS issued_at`;

// People copy codes by hand: accept lower case and stray spaces.
export function normalizeSlipCode(text: string): string | null {
  const code = text.toUpperCase().replace(/\s+/g, '');
  return isReadableCode(code, slipCodeGroups) ? code : null;
}

function toSlip(row: SlipRow): Slip | null {
  const facts = slipFacts.safeParse(row.facts);
  if (!facts.success) return null;
  return {
    code: row.code,
    maskedName: row.masked_name,
    villageCode: row.village_code,
    issuedAt: row.issued_at,
    facts: facts.data,
  };
}

// Public verification: what the slip printed, nothing more, or null for an unknown code.
export async function verifySlip(sql: SqlSession, typedCode: string): Promise<Slip | null> {
  const code = normalizeSlipCode(typedCode);
  if (!code) return null;
  const [row] = await sql.query<SlipRow>(`SELECT ${slipColumns} FROM result_slip s WHERE s.code = $1`, [
    code,
  ]);
  return row ? toSlip(row) : null;
}

// The printable slip for staff, within the caller's scope (outside it: null, like a missing code).
export async function slipForStaff(
  sql: SqlSession,
  caller: StaffCaller,
  typedCode: string,
): Promise<StaffSlip | null> {
  const code = normalizeSlipCode(typedCode);
  if (!code) return null;
  const [row] = await sql.query<SlipRow & { person_id: number; reference: string; purpose: string }>(
    `SELECT ${slipColumns}, s.person_id, a.reference, a.purpose
     FROM result_slip s JOIN lookup_audit a ON a.id = s.lookup_audit_id
     WHERE s.code = $1 AND ${scopeCondition('s.village_code', 2)}`,
    [code, staffScope(caller).patterns],
  );
  const slip = row ? toSlip(row) : null;
  return row && slip
    ? { ...slip, personId: row.person_id, reference: row.reference, purpose: row.purpose }
    : null;
}
