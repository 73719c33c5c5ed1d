import 'server-only';
import { hashPassword } from '@/lib/staff/sign-in/password';
import { encryptSecret } from '@/lib/staff/sign-in/secret-box';
import type { SqlSession } from '@/lib/db';
import { recordStaffAction } from '@/lib/staff/log';
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
      demo: true,
    });
  }
}

// Not an Argon2 hash: no password verifies against it.
const noPassword = '!demo-account-removed';

// Removes the demo accounts, whose passwords and authenticator secrets are published; run in the
// transaction that removes the demo registry. Their sessions end. An account named in the staff
// action log is kept (deleting it would change the hash-chained rows that name it), but disabled,
// without password, second factor or regions.
export async function removeDemoStaff(sql: SqlSession): Promise<number> {
  await sql.query('DELETE FROM session WHERE user_id IN (SELECT id FROM staff_user WHERE demo)');
  const deleted = await sql.query<{ id: number }>(
    `DELETE FROM staff_user u WHERE demo
       AND NOT EXISTS (SELECT 1 FROM staff_action_log l WHERE l.actor_id = u.id)
     RETURNING id`,
  );
  await sql.query('DELETE FROM staff_scope WHERE user_id IN (SELECT id FROM staff_user WHERE demo)');
  const retired = await sql.query<{ id: number }>(
    `UPDATE staff_user SET disabled_at = COALESCE(disabled_at, now()), password_hash = $1, totp_secret = NULL
     WHERE demo AND (disabled_at IS NULL OR password_hash <> $1 OR totp_secret IS NOT NULL)
     RETURNING id`,
    [noPassword],
  );
  const removed = deleted.length + retired.length;
  if (removed > 0)
    await recordStaffAction(
      { actorId: null, action: 'user.demo-remove', detail: { accounts: removed } },
      sql,
    );
  return removed;
}

// A demo account that can still sign in, on a database that holds registry data that is not the
// demo's: its published credentials would guard real residents' data.
export async function demoStaffBesideRealData(sql: SqlSession): Promise<boolean> {
  const [row] = await sql.query<{ mixed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM staff_user WHERE demo AND (disabled_at IS NULL OR password_hash <> $1))
        AND EXISTS (SELECT 1 FROM registry_snapshot WHERE NOT demo) AS mixed`,
    [noPassword],
  );
  return row?.mixed ?? false;
}
