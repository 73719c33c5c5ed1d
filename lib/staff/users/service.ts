import 'server-only';
import { hashPassword } from '@/lib/staff/sign-in/password';
import { passwordProblem } from '@/lib/staff/sign-in/password-policy';
import { encryptSecret } from '@/lib/staff/sign-in/secret-box';
import { newTotpSecret, totpProvisioningUri } from '@/lib/staff/sign-in/totp';
import type { Database, SqlSession } from '@/lib/db';
import type { StaffCaller, StaffRoleName } from '@/lib/staff/caller';
import { recordStaffAction } from '@/lib/staff/log';
import { issueKeys } from '@/lib/forms/issues';
import type { UserFieldError, UserFieldErrors } from './errors';
import { newStaffUserInput, type NewStaffUserField, type NewStaffUserInput } from './schema';
import { parseRegionCodes, roleNeedsTotp, scopeProblem } from './scope-rules';
import { insertStaffUser, unknownRegionCodes } from './store';

export type StaffUserSummary = {
  id: number;
  username: string;
  displayName: string;
  role: StaffRoleName;
  regionCodes: string[];
  hasTotp: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
};
// A new second factor is shown once, to the admin who set it up, and never again.
export type TotpSetup = { secret: string; uri: string };
export type CreateResult =
  | { kind: 'created'; userId: number; totp: TotpSetup | null }
  | { kind: 'invalid'; errors: UserFieldErrors }
  | { kind: 'forbidden' };
export type ChangeResult =
  { kind: 'done' } | { kind: 'not-found' } | { kind: 'forbidden' } | { kind: 'refused-self' };
export type PasswordResetResult = ChangeResult | { kind: 'invalid'; errors: UserFieldErrors };
export type TotpResetResult =
  { kind: 'done'; totp: TotpSetup } | { kind: 'not-found' } | { kind: 'forbidden' };

// The actor of a change: an admin in the UI, or null for `npm run user:create` (whoever runs it
// already holds the database).
type Actor = StaffCaller | null;
const isAdmin = (actor: Actor) => actor === null || actor.role === 'ADMIN';

// The schema's checks each stand for one problem of their field.
const schemaProblemOf: Record<NewStaffUserField, UserFieldError> = {
  username: 'username-format',
  displayName: 'display-name',
  role: 'role',
  regions: 'regions-bad-code',
  password: 'password-too-long',
};

async function validateNewUser(sql: SqlSession, raw: NewStaffUserInput) {
  const parsed = newStaffUserInput.safeParse(raw);
  if (!parsed.success) {
    const errors: UserFieldErrors = issueKeys(parsed.error, schemaProblemOf, []);
    const weak = passwordProblem(raw.password, raw.username);
    if (weak && !errors.password) errors.password = `password-${weak}`;
    return { kind: 'invalid' as const, errors };
  }
  const input = parsed.data;
  const errors: UserFieldErrors = {};
  const regionCodes = parseRegionCodes(input.regions);
  const scope = scopeProblem(input.role, regionCodes);
  if (scope) errors.regions = `regions-${scope}`;
  else if ((await unknownRegionCodes(sql, regionCodes)).length > 0) errors.regions = 'regions-unknown-code';
  const weak = passwordProblem(input.password, input.username);
  if (weak) errors.password = `password-${weak}`;
  return Object.keys(errors).length > 0
    ? { kind: 'invalid' as const, errors }
    : { kind: 'valid' as const, input, regionCodes };
}

function newTotp(username: string): TotpSetup {
  const secret = newTotpSecret();
  return { secret, uri: totpProvisioningUri(secret, username) };
}

// User management. Only admins (or the command line) may call it; the check is here, not only in
// the pages. Every change and its audit record commit in one transaction.
export function createStaffUserAdmin({
  database,
  secret,
}: {
  database: Pick<Database, 'sql'>;
  secret: string;
}) {
  const { sql } = database;

  async function changeUser(
    actor: Actor,
    userId: number,
    action: string,
    change: (session: SqlSession) => Promise<void>,
  ): Promise<ChangeResult> {
    if (!isAdmin(actor)) return { kind: 'forbidden' };
    return sql.transaction(async (session) => {
      const [user] = await session.query<{ id: number }>(
        'SELECT id FROM staff_user WHERE id = $1 FOR UPDATE',
        [userId],
      );
      if (!user) return { kind: 'not-found' };
      await change(session);
      // A changed account signs in again: disabled, new password or new second factor.
      await session.query('UPDATE session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL', [
        userId,
      ]);
      await recordStaffAction({ actorId: actor?.userId ?? null, action, subject: String(userId) }, session);
      return { kind: 'done' };
    });
  }

  async function list(actor: Actor): Promise<StaffUserSummary[] | null> {
    if (!isAdmin(actor)) return null;
    const rows = await sql.query<{
      id: number;
      username: string;
      display_name: string;
      role: StaffRoleName;
      region_codes: string[];
      has_totp: boolean;
      disabled: boolean;
      last_login_at: string | null;
    }>(
      `SELECT u.id, u.username, u.display_name, u.role::text AS role, u.totp_secret IS NOT NULL AS has_totp,
              u.disabled_at IS NOT NULL AS disabled,
              COALESCE(array_agg(s.region_code ORDER BY s.region_code) FILTER (WHERE s.region_code IS NOT NULL), '{}') AS region_codes,
              (SELECT to_char(max(created_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM session WHERE user_id = u.id) AS last_login_at
       FROM staff_user u LEFT JOIN staff_scope s ON s.user_id = u.id
       GROUP BY u.id ORDER BY u.disabled_at IS NOT NULL, u.role, u.username`,
    );
    return rows.map((row) => ({
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      regionCodes: row.region_codes,
      hasTotp: row.has_totp,
      disabled: row.disabled,
      lastLoginAt: row.last_login_at,
    }));
  }

  return {
    list,

    async find(actor: Actor, userId: number): Promise<StaffUserSummary | null> {
      return (await list(actor))?.find((user) => user.id === userId) ?? null;
    },

    async create(actor: Actor, raw: NewStaffUserInput): Promise<CreateResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const checked = await validateNewUser(sql, raw);
      if (checked.kind === 'invalid') return checked;
      const { input, regionCodes } = checked;
      const totp = roleNeedsTotp(input.role) ? newTotp(input.username) : null;
      const passwordHash = await hashPassword(input.password);
      return sql.transaction(async (session) => {
        const userId = await insertStaffUser(session, {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          totpSecret: totp ? encryptSecret(secret, totp.secret) : null,
          regionCodes,
        });
        if (userId === null) return { kind: 'invalid', errors: { username: 'username-taken' } };
        await recordStaffAction(
          {
            actorId: actor?.userId ?? null,
            action: 'user.create',
            subject: String(userId),
            detail: { username: input.username, role: input.role, regionCodes, via: actor ? 'ui' : 'cli' },
          },
          session,
        );
        return { kind: 'created', userId, totp };
      });
    },

    setDisabled(actor: Actor, userId: number, disabled: boolean): Promise<ChangeResult> {
      if (actor && actor.userId === userId) return Promise.resolve({ kind: 'refused-self' });
      return changeUser(actor, userId, disabled ? 'user.disable' : 'user.enable', async (session) => {
        await session.query(
          `UPDATE staff_user SET disabled_at = ${disabled ? 'COALESCE(disabled_at, now())' : 'NULL'} WHERE id = $1`,
          [userId],
        );
      });
    },

    async resetPassword(actor: Actor, userId: number, password: string): Promise<PasswordResetResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const [user] = await sql.query<{ username: string }>('SELECT username FROM staff_user WHERE id = $1', [
        userId,
      ]);
      if (!user) return { kind: 'not-found' };
      const weak = passwordProblem(password, user.username);
      if (weak) return { kind: 'invalid', errors: { password: `password-${weak}` } };
      const passwordHash = await hashPassword(password);
      return changeUser(actor, userId, 'user.password-reset', async (session) => {
        await session.query('UPDATE staff_user SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
      });
    },

    async resetTotp(actor: Actor, userId: number): Promise<TotpResetResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const [user] = await sql.query<{ username: string }>('SELECT username FROM staff_user WHERE id = $1', [
        userId,
      ]);
      if (!user) return { kind: 'not-found' };
      const totp = newTotp(user.username);
      const result = await changeUser(actor, userId, 'user.totp-reset', async (session) => {
        await session.query('UPDATE staff_user SET totp_secret = $2 WHERE id = $1', [
          userId,
          encryptSecret(secret, totp.secret),
        ]);
      });
      return result.kind === 'done' ? { kind: 'done', totp } : { kind: 'not-found' };
    },
  };
}

export type StaffUserAdmin = ReturnType<typeof createStaffUserAdmin>;
