import 'server-only';
import { recordLookup } from '../record-lookup';
import { readableCode } from '@/lib/formats/readable-code';
import type { SqlSession } from '@/lib/db';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import { fetchCandidates } from '@/lib/lookup/candidates';
import { decidePrepared, matchKeysPrepared, prepareName } from '@/lib/matching';
import { keyedHash } from '@/lib/registry/keyed-hash';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopeCondition, staffScope } from '@/lib/staff/scope';
import type { AssistedSearchInput } from './schema';

export type AssistedMatch = { personId: number; decision: 'exact' | 'probable'; score: number };

export type AssistedSearchOutcome = {
  reference: string;
  villageCode: string;
  by: 'name' | 'nik';
  matches: AssistedMatch[];
};

type Found = { villageCode: string; matches: AssistedMatch[]; programmeCodes: string[] };

// By name: the public lookup's candidate query and matcher, but the operator sees every
// exact and probable candidate with its score, because they can ask the resident in front
// of them. A village outside the caller's scope is searched as if it were empty.
async function searchByName(
  sql: SqlSession,
  caller: StaffCaller,
  villageCode: string,
  fullName: string,
): Promise<Found> {
  if (!staffScope(caller).covers(villageCode)) return { villageCode, matches: [], programmeCodes: [] };
  const query = prepareName(fullName);
  const snapshots = await activeSnapshots(sql);
  const rows = await fetchCandidates(sql, villageCode, matchKeysPrepared(query), null, snapshots);
  const scored = rows.flatMap((row) => {
    const decision = decidePrepared(prepareName(row.full_name), query);
    return decision.kind === 'none' ? [] : [{ row, decision: decision.kind, score: decision.score }];
  });
  scored.sort((a, b) => b.score - a.score || a.row.id - b.row.id);
  return {
    villageCode,
    matches: scored.map(({ row, decision, score }) => ({ personId: row.id, decision, score })),
    programmeCodes: scored.flatMap(({ row }) => row.programmes.map((listing) => listing.code)),
  };
}

// By NIK: the keyed hash, anywhere within the caller's scope (a resident may be registered
// in another of the operator's villages), filtered by scope in the query itself.
async function searchByNik(
  sql: SqlSession,
  secret: string,
  caller: StaffCaller,
  chosenVillage: string,
  nik: string,
): Promise<Found> {
  const snapshots = await activeSnapshots(sql);
  const [row] = await sql.query<{ id: number; village_code: string; programme_codes: string[] }>(
    `SELECT p.id, p.village_code,
            ARRAY(SELECT DISTINCT a.programme_code FROM programme_assignment a
                  WHERE a.person_id = p.id AND a.snapshot_id = $3) AS programme_codes
     FROM person p WHERE p.nik_hash = $1 AND ${scopeCondition('p.village_code', 2)}`,
    [keyedHash(secret, 'nik', nik), staffScope(caller).patterns, snapshots.dtks?.id ?? 0],
  );
  if (!row) return { villageCode: chosenVillage, matches: [], programmeCodes: [] };
  return {
    villageCode: row.village_code,
    matches: [{ personId: row.id, decision: 'exact', score: 1 }],
    programmeCodes: row.programme_codes,
  };
}

// Who the search listed, beside its audit row: the reference later opens these persons only.
async function recordListing(sql: SqlSession, reference: string, matches: readonly AssistedMatch[]) {
  if (matches.length === 0) return;
  await sql.query(
    `INSERT INTO operator_search_listing (lookup_audit_id, person_id)
     SELECT a.id, listed.person_id FROM lookup_audit a, unnest($2::int[]) AS listed(person_id)
     WHERE a.reference = $1 ON CONFLICT DO NOTHING`,
    [reference, matches.map((match) => match.personId)],
  );
}

// The operator's assisted search. Every search is audited with the operator, the purpose
// and the resident's consent; the reference printed on a slip points back to it.
export async function searchResidents(
  sql: SqlSession,
  secret: string,
  caller: StaffCaller,
  input: AssistedSearchInput,
): Promise<AssistedSearchOutcome> {
  const by = input.nik ? 'nik' : 'name';
  const found = input.nik
    ? await searchByNik(sql, secret, caller, input.villageCode, input.nik)
    : await searchByName(sql, caller, input.villageCode, input.fullName ?? '');
  const reference = readableCode();
  await sql.transaction(async (session) => {
    await recordLookup(session, {
      channel: 'OPERATOR',
      villageCode: found.villageCode,
      queryHash: input.nik
        ? keyedHash(secret, 'nik', input.nik)
        : keyedHash(secret, 'name-query', prepareName(input.fullName ?? '').text),
      result: found.matches.length > 0 ? 'FOUND' : 'NOT_FOUND',
      matchCount: found.matches.length,
      reference,
      staffUserId: caller.userId,
      purpose: input.purpose,
      consent: true,
      programmeCodes: found.programmeCodes,
    });
    await recordListing(session, reference, found.matches);
  });
  return { reference, villageCode: found.villageCode, by, matches: found.matches };
}
