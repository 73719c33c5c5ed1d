import 'server-only';
import type { DbClient, Prisma } from '@/lib/db';
import type { StaffUser } from '@/lib/db';

export type NewStaffUser = Pick<StaffUser, 'username' | 'displayName' | 'passwordHash' | 'role'> & {
  // Already encrypted (lib/staff/sign-in/secret-box).
  totpSecret: string | null;
  regionCodes: readonly string[];
  // One of the published demo accounts (removed with the demo registry).
  demo?: boolean;
};

// Inserts a user and its scope rows; null when the username is taken.
export async function insertStaffUser(
  tx: Prisma.TransactionClient,
  { regionCodes, ...user }: NewStaffUser,
): Promise<number | null> {
  const [inserted] = await tx.staffUser.createManyAndReturn({
    data: [user],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!inserted) return null;
  await tx.staffScope.createMany({
    data: regionCodes.map((regionCode) => ({ userId: inserted.id, regionCode })),
  });
  return inserted.id;
}

// The region codes among `codes` that are not in the official region tables.
export async function unknownRegionCodes(client: DbClient, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const where = { code: { in: [...codes] } };
  const [villages, regencies] = await Promise.all([
    client.village.findMany({ where, select: { code: true } }),
    client.regency.findMany({ where, select: { code: true } }),
  ]);
  const known = new Set([...villages, ...regencies].map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}
