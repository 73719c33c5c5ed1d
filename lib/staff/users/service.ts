import 'server-only';
import { hashPassword } from '@/lib/staff/sign-in/password';
import { passwordProblem } from '@/lib/staff/sign-in/password-policy';
import { encryptSecret } from '@/lib/staff/sign-in/secret-box';
import { newTotpSecret, totpProvisioningUri } from '@/lib/staff/sign-in/totp';
import type { Database, DbClient, Prisma } from '@/lib/db';
import type { StaffCaller, StaffRoleName } from '@/lib/staff/caller';
import { recordStaffAction } from '@/lib/staff/log';
import { issueKeys } from '@/lib/forms';
import { mayDo } from '@/lib/staff/tasks';
import type { UserFieldError, UserFieldErrors } from './errors';
import { newStaffUserInput, type NewStaffUserField, type NewStaffUserInput } from './schema';
import { parseRegionCodes, roleNeedsTotp, scopeProblem } from './scope-rules';
import { lockStaffUser } from './queries';
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
const isAdmin = (actor: Actor) => actor === null || mayDo(actor.role, 'manageUsers');

// The schema's checks each stand for one problem of their field.
const schemaProblemOf: Record<NewStaffUserField, UserFieldError> = {
  username: 'username-format',
  displayName: 'display-name',
  role: 'role',
  regions: 'regions-bad-code',
  password: 'password-too-long',
};

async function validateNewUser(client: DbClient, raw: NewStaffUserInput) {
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
  else if ((await unknownRegionCodes(client, regionCodes)).length > 0)
    errors.regions = 'regions-unknown-code';
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
// Seconds precision in UTC, as the users page shows it.
const loginTime = (at: Date | null | undefined) => (at ? `${at.toISOString().slice(0, 19)}Z` : null);

export function createStaffUserAdmin({
  database,
  secret,
}: {
  database: Pick<Database, 'prisma'>;
  secret: string;
}) {
  const { prisma } = database;

  async function changeUser(
    actor: Actor,
    userId: number,
    action: string,
    change: (tx: Prisma.TransactionClient) => Promise<void>,
  ): Promise<ChangeResult> {
    if (!isAdmin(actor)) return { kind: 'forbidden' };
    return prisma.$transaction(async (tx) => {
      if (!(await lockStaffUser(tx, userId))) return { kind: 'not-found' };
      await change(tx);
      // A changed account signs in again: disabled, new password or new second factor.
      await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
      await recordStaffAction({ actorId: actor?.userId ?? null, action, subject: String(userId) }, tx);
      return { kind: 'done' };
    });
  }

  async function usernameOf(userId: number): Promise<string | null> {
    const user = await prisma.staffUser.findUnique({ where: { id: userId }, select: { username: true } });
    return user?.username ?? null;
  }

  async function list(actor: Actor): Promise<StaffUserSummary[] | null> {
    if (!isAdmin(actor)) return null;
    const [users, lastLogins] = await Promise.all([
      prisma.staffUser.findMany({
        include: { scopes: { select: { regionCode: true }, orderBy: { regionCode: 'asc' } } },
        orderBy: [{ role: 'asc' }, { username: 'asc' }],
      }),
      prisma.session.groupBy({ by: ['userId'], _max: { createdAt: true } }),
    ]);
    const lastLoginOf = new Map(lastLogins.map((row) => [row.userId, row._max.createdAt]));
    const summaries = users.map((user) => ({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      regionCodes: user.scopes.map((scope) => scope.regionCode),
      hasTotp: user.totpSecret !== null,
      disabled: user.disabledAt !== null,
      lastLoginAt: loginTime(lastLoginOf.get(user.id)),
    }));
    // Enabled accounts first; the sort is stable, so each group keeps the role and username order.
    return summaries.sort((a, b) => Number(a.disabled) - Number(b.disabled));
  }

  return {
    list,

    async find(actor: Actor, userId: number): Promise<StaffUserSummary | null> {
      return (await list(actor))?.find((user) => user.id === userId) ?? null;
    },

    async create(actor: Actor, raw: NewStaffUserInput): Promise<CreateResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const checked = await validateNewUser(prisma, raw);
      if (checked.kind === 'invalid') return checked;
      const { input, regionCodes } = checked;
      const totp = roleNeedsTotp(input.role) ? newTotp(input.username) : null;
      const passwordHash = await hashPassword(input.password);
      return prisma.$transaction(async (tx) => {
        const userId = await insertStaffUser(tx, {
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
          tx,
        );
        return { kind: 'created', userId, totp };
      });
    },

    setDisabled(actor: Actor, userId: number, disabled: boolean): Promise<ChangeResult> {
      if (actor && actor.userId === userId) return Promise.resolve({ kind: 'refused-self' });
      return changeUser(actor, userId, disabled ? 'user.disable' : 'user.enable', async (tx) => {
        // Disabling again keeps the first disabling time.
        await tx.staffUser.updateMany({
          where: disabled ? { id: userId, disabledAt: null } : { id: userId },
          data: { disabledAt: disabled ? new Date() : null },
        });
      });
    },

    async resetPassword(actor: Actor, userId: number, password: string): Promise<PasswordResetResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const username = await usernameOf(userId);
      if (username === null) return { kind: 'not-found' };
      const weak = passwordProblem(password, username);
      if (weak) return { kind: 'invalid', errors: { password: `password-${weak}` } };
      const passwordHash = await hashPassword(password);
      return changeUser(actor, userId, 'user.password-reset', async (tx) => {
        await tx.staffUser.update({ where: { id: userId }, data: { passwordHash } });
      });
    },

    async resetTotp(actor: Actor, userId: number): Promise<TotpResetResult> {
      if (!isAdmin(actor)) return { kind: 'forbidden' };
      const username = await usernameOf(userId);
      if (username === null) return { kind: 'not-found' };
      const totp = newTotp(username);
      const result = await changeUser(actor, userId, 'user.totp-reset', async (tx) => {
        await tx.staffUser.update({
          where: { id: userId },
          data: { totpSecret: encryptSecret(secret, totp.secret) },
        });
      });
      return result.kind === 'done' ? { kind: 'done', totp } : { kind: 'not-found' };
    },
  };
}

export type StaffUserAdmin = ReturnType<typeof createStaffUserAdmin>;
