import 'server-only';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { auditBatches } from './audit-batches';
import {
  findResidentsInVillage,
  searchCandidates,
  type CandidateSearch,
  type LookupOutcome,
} from './find-residents';
import type { LookupInput } from './schema';

// One batching writer per process, beside the one database connection (see lib/db).
const holder = globalThis as typeof globalThis & {
  portalPublicAudit?: ReturnType<typeof auditBatches>;
};

// Started while the gate counts the limits, once the request's proof or form token has checked out.
export async function searchPublicCandidates(input: LookupInput): Promise<CandidateSearch> {
  return searchCandidates((await db()).prisma, portalSecret(), input);
}

export async function lookupResidentsForPublic(
  input: LookupInput,
  search?: Promise<CandidateSearch>,
): Promise<LookupOutcome> {
  const database = await db();
  holder.portalPublicAudit ??= auditBatches(database.prisma);
  return findResidentsInVillage(
    database.prisma,
    portalSecret(),
    input,
    { channel: 'PUBLIC' },
    { record: holder.portalPublicAudit, ...(search ? { search } : {}) },
  );
}
