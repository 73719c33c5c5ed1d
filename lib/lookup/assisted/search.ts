import 'server-only';
import { recordLookup } from '../record-lookup';
import { readableCode } from '@/lib/formats';
import type { DbClient, PrismaClient } from '@/lib/db';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import { fetchCandidates } from '@/lib/lookup/candidates';
import { decidePrepared, matchKeysPrepared, prepareName } from '@/lib/matching';
import { keyedHash } from '@/lib/registry';
import { type StaffCaller, staffScope } from '@/lib/staff';
import { personByNikInScope } from './queries';
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
  client: DbClient,
  caller: StaffCaller,
  villageCode: string,
  fullName: string,
): Promise<Found> {
  if (!staffScope(caller).covers(villageCode)) return { villageCode, matches: [], programmeCodes: [] };
  const query = prepareName(fullName);
  const snapshots = await activeSnapshots(client);
  const rows = await fetchCandidates(client, villageCode, matchKeysPrepared(query), null, snapshots);
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
  client: DbClient,
  secret: string,
  caller: StaffCaller,
  chosenVillage: string,
  nik: string,
): Promise<Found> {
  const snapshots = await activeSnapshots(client);
  const row = await personByNikInScope(
    client,
    keyedHash(secret, 'nik', nik),
    staffScope(caller).patterns,
    snapshots.dtks?.id ?? 0,
  );
  if (!row) return { villageCode: chosenVillage, matches: [], programmeCodes: [] };
  return {
    villageCode: row.village_code,
    matches: [{ personId: row.id, decision: 'exact', score: 1 }],
    programmeCodes: row.programme_codes,
  };
}

// Who the search listed, beside its audit row: the reference later opens these persons only.
async function recordListing(client: DbClient, lookupAuditId: bigint, matches: readonly AssistedMatch[]) {
  if (matches.length === 0) return;
  await client.operatorSearchListing.createMany({
    data: matches.map((match) => ({ lookupAuditId, personId: match.personId })),
    skipDuplicates: true,
  });
}

// The operator's assisted search. Every search is audited with the operator, the purpose
// and the resident's consent; the reference printed on a slip points back to it.
export async function searchResidents(
  prisma: PrismaClient,
  secret: string,
  caller: StaffCaller,
  input: AssistedSearchInput,
): Promise<AssistedSearchOutcome> {
  const by = input.nik ? 'nik' : 'name';
  const found = input.nik
    ? await searchByNik(prisma, secret, caller, input.villageCode, input.nik)
    : await searchByName(prisma, caller, input.villageCode, input.fullName ?? '');
  const reference = readableCode();
  await prisma.$transaction(async (tx) => {
    const lookupAuditId = await recordLookup(tx, {
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
    await recordListing(tx, lookupAuditId, found.matches);
  });
  return { reference, villageCode: found.villageCode, by, matches: found.matches };
}
