import 'server-only';
import { hashPassword } from '@/lib/staff/sign-in/password';
import { encryptSecret } from '@/lib/staff/sign-in/secret-box';
import type { DbClient } from '@/lib/db';
import type { PrismaClient } from '@/lib/db';
import { recordStaffAction } from '@/lib/staff/log';
import { demoStaffAccounts, demoStaffPassword } from './demo-accounts';
import { retireDemoStaff } from './queries';
import { insertStaffUser } from './store';

// Adds the demo accounts that are missing; an account that already exists is left as it is.
export async function seedDemoStaff(prisma: PrismaClient, portalSecret: string): Promise<void> {
  const passwordHash = await hashPassword(demoStaffPassword);
  await prisma.$transaction(async (tx) => {
    for (const account of demoStaffAccounts) {
      await insertStaffUser(tx, {
        ...account,
        passwordHash,
        totpSecret: account.totpSecret ? encryptSecret(portalSecret, account.totpSecret) : null,
        demo: true,
      });
    }
  });
}

// Not an Argon2 hash: no password verifies against it.
const noPassword = '!demo-account-removed';

// Removes the demo accounts, whose passwords and authenticator secrets are published, with the
// demo registry. Their sessions end. An account named in the staff action log is kept (deleting it
// would change the hash-chained rows that name it), but disabled, without password, second factor
// or regions. The removal and its log entry commit together.
export function removeDemoStaff(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const demo = { user: { demo: true } };
    await tx.session.deleteMany({ where: demo });
    const deleted = await tx.staffUser.deleteMany({ where: { demo: true, actions: { none: {} } } });
    await tx.staffScope.deleteMany({ where: demo });
    const removed = deleted.count + (await retireDemoStaff(tx, noPassword));
    if (removed > 0)
      await recordStaffAction(
        { actorId: null, action: 'user.demo-remove', detail: { accounts: removed } },
        tx,
      );
    return removed;
  });
}

// A demo account that can still sign in, on a database that holds registry data that is not the
// demo's: its published credentials would guard real residents' data.
export async function demoStaffBesideRealData(client: DbClient): Promise<boolean> {
  const [liveDemoAccount, realSnapshot] = await Promise.all([
    client.staffUser.findFirst({
      where: { demo: true, OR: [{ disabledAt: null }, { passwordHash: { not: noPassword } }] },
      select: { id: true },
    }),
    client.registrySnapshot.findFirst({ where: { demo: false }, select: { id: true } }),
  ]);
  return liveDemoAccount !== null && realSnapshot !== null;
}
