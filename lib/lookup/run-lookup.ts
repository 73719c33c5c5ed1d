import 'server-only';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { findResidentsInVillage, type LookupOutcome } from './find-residents';
import type { LookupInput } from './schema';

export async function lookupResidentsForPublic(input: LookupInput): Promise<LookupOutcome> {
  const database = await db();
  return findResidentsInVillage(database.prisma, portalSecret(), input, { channel: 'PUBLIC' });
}
