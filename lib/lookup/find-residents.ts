import 'server-only';
import type { SqlSession } from '@/lib/db';
import { recordLookup } from '@/lib/audit';
import { readableCode } from '@/lib/codes/readable-code';
import { matchKeysPrepared, prepareName } from '@/lib/matching';
import { keyedHash } from '@/lib/personal-data/keyed-hash';
import { activeSnapshots } from './active-snapshots';
import { todayInJakarta } from './age';
import { fetchCandidates } from './candidates';
import { decideLookup } from './decide-lookup';
import { toResidentView, type ResidentView } from './resident-view';
import type { LookupInput } from './schema';

export type LookupCaller =
  { channel: 'PUBLIC' } | { channel: 'OPERATOR'; staffUserId: number; purpose: string; consent: boolean };

export type SnapshotLabels = {
  dtks: string | null;
  dtsen: string | null;
  currentPeriod: string | null;
  previousPeriod: string | null;
};

type CommonOutcome = {
  reference: string;
  checkedAt: string;
  snapshots: SnapshotLabels;
  // The normalised spelling we also searched for, from the resident's own input only.
  searchedAs: string | null;
};

export type LookupOutcome =
  | (CommonOutcome & { kind: 'found'; residents: ResidentView[]; birthDateConfirmed: boolean })
  | (CommonOutcome & { kind: 'not-found'; birthDateGiven: boolean });

export async function findResidentsInVillage(
  sql: SqlSession,
  secret: string,
  input: LookupInput,
  caller: LookupCaller,
  now = new Date(),
): Promise<LookupOutcome> {
  const query = prepareName(input.fullName);
  const snapshots = await activeSnapshots(sql);
  const nikHash = input.nik ? keyedHash(secret, 'nik', input.nik) : null;
  const rows = await fetchCandidates(sql, input.villageCode, matchKeysPrepared(query), nikHash, snapshots);
  const decision = decideLookup(
    rows.map((row) => ({
      id: row.id,
      name: prepareName(row.full_name),
      birthDate: row.birth_date,
      nikMatches: row.nik_matches,
    })),
    { name: query, birthDate: input.birthDate, nikGiven: nikHash !== null },
  );

  const reference = readableCode();
  const shown = decision.kind === 'show' ? rows.filter((row) => decision.ids.includes(row.id)) : [];
  await recordLookup(sql, {
    channel: caller.channel,
    villageCode: input.villageCode,
    queryHash: keyedHash(secret, 'name-query', query.text),
    result:
      decision.kind === 'show'
        ? 'FOUND'
        : decision.reason === 'needs-birth-date'
          ? 'NEEDS_CONFIRMATION'
          : 'NOT_FOUND',
    matchCount: decision.kind === 'show' ? decision.ids.length : 0,
    reference,
    programmeCodes: shown.flatMap((row) => row.programmes.map((listing) => listing.code)),
    ...(caller.channel === 'OPERATOR'
      ? { staffUserId: caller.staffUserId, purpose: caller.purpose, consent: caller.consent }
      : {}),
  });

  const common: CommonOutcome = {
    reference,
    checkedAt: now.toISOString(),
    snapshots: {
      dtks: snapshots.dtks?.label ?? null,
      dtsen: snapshots.dtsen?.label ?? null,
      currentPeriod: snapshots.currentPeriod,
      previousPeriod: snapshots.previousPeriod,
    },
    searchedAs: query.text !== input.fullName.trim().toLowerCase() && query.text !== '' ? query.text : null,
  };
  if (decision.kind === 'hide')
    return { ...common, kind: 'not-found', birthDateGiven: input.birthDate !== undefined };
  const today = todayInJakarta(now);
  return {
    ...common,
    kind: 'found',
    birthDateConfirmed: decision.birthDateConfirmed,
    residents: shown.map((row) => toResidentView(row, snapshots, today, decision.birthDateConfirmed)),
  };
}
