import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { encryptSecret } from '@/lib/auth/secret-box';
import type { SqlSession } from '@/lib/db';
import { demoStaffAccounts, demoStaffPassword } from './demo-accounts';
import { insertStaffUser } from './store';

// Adds the demo accounts that are missing; an account that already exists is left as it is.
export async function seedDemoStaff(sql: SqlSession, portalSecret: string): Promise<void> {
  const passwordHash = await hashPassword(demoStaffPassword);
  for (const account of demoStaffAccounts) {
    await insertStaffUser(sql, {
      ...account,
      passwordHash,
      totpSecret: account.totpSecret ? encryptSecret(portalSecret, account.totpSecret) : null,
    });
  }
}
