import 'server-only';
import { Prisma } from '@/lib/db';

// SQL: the Prisma client has no SELECT … FOR UPDATE; the row lock serialises changes to one account.
export async function lockStaffUser(tx: Prisma.TransactionClient, userId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT id FROM staff_user WHERE id = ${userId} FOR UPDATE`,
  );
  return rows.length > 0;
}

// SQL: one set-based update that keeps the first disabling time (COALESCE) and counts each
// account once, whichever of its credentials was still live.
export async function retireDemoStaff(tx: Prisma.TransactionClient, noPassword: string): Promise<number> {
  return tx.$executeRaw(
    Prisma.sql`UPDATE staff_user
      SET disabled_at = COALESCE(disabled_at, now()), password_hash = ${noPassword}, totp_secret = NULL
      WHERE demo AND (disabled_at IS NULL OR password_hash <> ${noPassword} OR totp_secret IS NOT NULL)`,
  );
}
