import 'server-only';
import { createHash } from 'node:crypto';
import { refusedIn, type LoginAdmission, type LoginLimiter } from '@/lib/gate';
import type { Database } from '@/lib/db';
import { recordStaffActionIn } from '@/lib/staff/log';
import type { StaffRoleName } from '@/lib/staff/caller';
import { roleNeedsTotp } from '@/lib/staff/users/scope-rules';
import type { PendingLogin } from './login-cookies';
import { verifyAgainstDummy, verifyPassword } from './password';
import { decryptSecret } from './secret-box';
import { createSession, endSession, readSession, type StaffSession } from './sessions';
import type { SessionLimits } from './session-rules';
import { matchTotpStep } from './totp';

export type StaffAuthDependencies = {
  database: Pick<Database, 'prisma' | 'sql'>;
  limiter: LoginLimiter;
  sessionLimits: SessionLimits;
  secret: string;
  now?: () => Date;
};

export type PasswordStep =
  | { kind: 'signed-in'; token: string; userId: number }
  | { kind: 'second-factor'; pending: PendingLogin }
  | { kind: 'rejected' }
  | { kind: 'limited'; retryAfterSeconds: number };
export type CodeStep =
  | { kind: 'signed-in'; token: string; userId: number }
  | { kind: 'rejected' }
  | { kind: 'limited'; retryAfterSeconds: number };

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

// Dinsos and admins always need the second factor; an operator only if one was set up.
export function needsSecondFactor(user: { role: StaffRoleName; totpSecret: string | null }): boolean {
  return roleNeedsTotp(user.role) || user.totpSecret !== null;
}

function passwordTag(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('hex').slice(0, 16);
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

// Login, second factor, logout and session reading. Every refusal is the same `rejected`
// (unknown user, wrong password, disabled account), and an unknown user costs the same Argon2
// verification and the same audit write as a known one, so neither answer nor timing tells them apart.
export function createStaffAuth({
  database,
  limiter,
  sessionLimits,
  secret,
  now = () => new Date(),
}: StaffAuthDependencies) {
  const { prisma } = database;

  async function signIn(
    userId: number,
    username: string,
    ip: string,
    secondFactor: boolean,
  ): Promise<PasswordStep & CodeStep> {
    await limiter.forgive(username, ip);
    const token = await createSession(prisma, userId, now());
    await recordStaffActionIn(database, {
      actorId: userId,
      action: 'login',
      subject: String(userId),
      detail: { secondFactor },
    });
    return { kind: 'signed-in', token, userId };
  }

  // Counted without the username or address: how often, and by which limit, is what staff need.
  async function limited(admission: Extract<LoginAdmission, { kind: 'limited' }>, step: 'password' | 'code') {
    if (admission.firstInWindow)
      await recordStaffActionIn(database, {
        actorId: null,
        action: 'login.limited',
        detail: { step, limit: admission.limit },
      });
    return { kind: 'limited', retryAfterSeconds: admission.retryAfterSeconds } as const;
  }

  async function refuse(actorId: number | null, step: 'password' | 'code'): Promise<{ kind: 'rejected' }> {
    await recordStaffActionIn(database, { actorId, action: 'login.failed', detail: { step } });
    return { kind: 'rejected' };
  }

  return {
    async signInWithPassword(input: {
      username: string;
      password: string;
      ip: string;
    }): Promise<PasswordStep> {
      const username = normalizeUsername(input.username);
      const admission = await limiter.admit(username, input.ip);
      if (admission.kind === 'limited')
        return refusedIn(prisma, 'SIGN_IN_LIMITED', await limited(admission, 'password'));
      const user = await prisma.staffUser.findUnique({ where: { username } });
      const passwordMatches = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!user || !passwordMatches || user.disabledAt) return refuse(user?.id ?? null, 'password');
      if (!needsSecondFactor(user)) return signIn(user.id, username, input.ip, false);
      return {
        kind: 'second-factor',
        pending: { userId: user.id, username, passwordTag: passwordTag(user.passwordHash) },
      };
    },

    async signInWithCode(input: { pending: PendingLogin; code: string; ip: string }): Promise<CodeStep> {
      const admission = await limiter.admit(input.pending.username, input.ip);
      if (admission.kind === 'limited')
        return refusedIn(prisma, 'SIGN_IN_LIMITED', await limited(admission, 'code'));
      const user = await prisma.staffUser.findUnique({ where: { id: input.pending.userId } });
      if (!user || user.disabledAt || passwordTag(user.passwordHash) !== input.pending.passwordTag) {
        return refuse(user?.id ?? null, 'code');
      }
      const totpSecret = user.totpSecret ? decryptSecret(secret, user.totpSecret) : null;
      const step = totpSecret ? matchTotpStep(totpSecret, input.code, now().getTime()) : null;
      // Each code opens one login (RFC 6238 §5.2): a code seen over a shoulder is already spent.
      if (step === null || !(await limiter.claimCode(user.id, step, input.code.replace(/\s/g, ''))))
        return refuse(user.id, 'code');
      return signIn(user.id, user.username, input.ip, true);
    },

    async signOut(token: string | undefined): Promise<void> {
      if (!token) return;
      const userId = await endSession(prisma, token, now());
      if (userId !== null)
        await recordStaffActionIn(database, { actorId: userId, action: 'logout', subject: String(userId) });
    },

    readSession(token: string | undefined): Promise<StaffSession | null> {
      return readSession(prisma, token, sessionLimits, now());
    },
  };
}
