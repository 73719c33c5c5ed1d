import 'server-only';
import type { DbClient } from '@/lib/db';
import { recordLookup, type LookupAuditEntry } from './record-lookup';
import { config } from '@/lib/config';
import { timed } from '@/lib/gate';
import { readableCode, wibDay } from '@/lib/formats';
import { matchKeysPrepared, prepareName } from '@/lib/matching';
import { keyedHash } from '@/lib/registry';
import { activeSnapshots, type ActiveSnapshots } from './active-snapshots';
import { fetchCandidates, type CandidateRow } from './candidates';
import { confirmationAttempt, isConfirmationLocked } from './confirmation-cap';
import { confirmationSubjects, failuresBefore } from './confirmation-failures';
import { decideLookup, type LookupDecision } from './decide-lookup';
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

// 'locked': too many wrong birth dates or NIKs for this name or person today. Given the
// same way whether or not anyone has the name (confirmation-cap.ts).
export type LookupOutcome =
  | (CommonOutcome & { kind: 'found'; residents: ResidentView[]; birthDateConfirmed: boolean })
  | (CommonOutcome & { kind: 'not-found'; birthDateGiven: boolean })
  | (CommonOutcome & { kind: 'locked' });

// `search`: the candidates, when the caller already started reading them (searchCandidates).
export type LookupOptions = {
  now?: Date;
  failedConfirmationsPerDay?: number;
  search?: Promise<CandidateSearch>;
};

export type CandidateSearch = {
  query: ReturnType<typeof prepareName>;
  snapshots: ActiveSnapshots;
  nikHash: string | null;
  rows: CandidateRow[];
};

// The one read of a lookup: the village's persons that share a match key with the typed name.
export async function searchCandidates(
  client: DbClient,
  secret: string,
  input: LookupInput,
): Promise<CandidateSearch> {
  const query = prepareName(input.fullName);
  const snapshots = await activeSnapshots(client);
  const nikHash = input.nik ? keyedHash(secret, 'nik', input.nik) : null;
  const rows = await timed('candidates', () =>
    fetchCandidates(client, input.villageCode, matchKeysPrepared(query), nikHash, snapshots),
  );
  return { query, snapshots, nikHash, rows };
}

function auditResult(decision: LookupDecision, locked: boolean): LookupAuditEntry['result'] {
  if (locked) return 'CONFIRMATION_LOCKED';
  if (decision.kind === 'show') return 'FOUND';
  return decision.reason === 'needs-birth-date' ? 'NEEDS_CONFIRMATION' : 'NOT_FOUND';
}

export async function findResidentsInVillage(
  client: DbClient,
  secret: string,
  input: LookupInput,
  caller: LookupCaller,
  options: LookupOptions = {},
): Promise<LookupOutcome> {
  const now = options.now ?? new Date();
  const today = wibDay(now);
  const { query, snapshots, nikHash, rows } = await (options.search ??
    searchCandidates(client, secret, input));
  const lookupQuery = { name: query, birthDate: input.birthDate, nikGiven: nikHash !== null };
  const decision = timed('scoring', () =>
    decideLookup(
      rows.map((row) => ({
        id: row.id,
        name: prepareName(row.full_name),
        birthDate: row.birth_date,
        nikMatches: row.nik_matches,
      })),
      lookupQuery,
    ),
  );
  const attempt = confirmationAttempt(decision, lookupQuery);
  const locked =
    attempt.kind !== 'none' &&
    isConfirmationLocked(
      await timed('limits', () =>
        failuresBefore(
          client,
          attempt,
          confirmationSubjects(secret, input.villageCode, query.text, attempt.personIds),
          today,
        ),
      ),
      options.failedConfirmationsPerDay ?? config().failedConfirmationsPerDay,
    );

  const reference = readableCode();
  const shown =
    decision.kind === 'show' && !locked ? rows.filter((row) => decision.ids.includes(row.id)) : [];
  await timed('audit', () =>
    recordLookup(client, {
      channel: caller.channel,
      villageCode: input.villageCode,
      queryHash: keyedHash(secret, 'name-query', query.text),
      result: auditResult(decision, locked),
      matchCount: shown.length,
      reference,
      programmeCodes: shown.flatMap((row) => row.programmes.map((listing) => listing.code)),
      ...(caller.channel === 'OPERATOR'
        ? { staffUserId: caller.staffUserId, purpose: caller.purpose, consent: caller.consent }
        : {}),
    }),
  );

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
  if (locked) return { ...common, kind: 'locked' };
  if (decision.kind === 'hide')
    return { ...common, kind: 'not-found', birthDateGiven: input.birthDate !== undefined };
  return {
    ...common,
    kind: 'found',
    birthDateConfirmed: decision.birthDateConfirmed,
    residents: shown.map((row) => toResidentView(row, snapshots, today, decision.birthDateConfirmed)),
  };
}
