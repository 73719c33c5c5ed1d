import 'server-only';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import {
  findResidentsInVillage,
  searchCandidates,
  type CandidateSearch,
  type LookupOutcome,
} from './find-residents';
import type { LookupInput } from './schema';

// Started while the gate counts the limits, once the request's proof or form token has checked out.
export async function searchPublicCandidates(input: LookupInput): Promise<CandidateSearch> {
  return searchCandidates((await db()).prisma, portalSecret(), input);
}

export async function lookupResidentsForPublic(
  input: LookupInput,
  search?: Promise<CandidateSearch>,
): Promise<LookupOutcome> {
  const database = await db();
  return findResidentsInVillage(
    database.prisma,
    portalSecret(),
    input,
    { channel: 'PUBLIC' },
    search ? { search } : {},
  );
}
