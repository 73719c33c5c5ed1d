import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/db';
import type { StaffCaller, StaffRoleName } from '@/lib/staff/caller';
import { needsTouch, sessionState, type SessionLimits } from './session-rules';

export type StaffSession = StaffCaller & { username: string; displayName: string };
type Client = PrismaClient | Prisma.TransactionClient;

// The cookie holds 32 random bytes; the table holds only their SHA-256, so a leaked row cannot
// be replayed as a cookie.
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(prisma: Client, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: { tokenHash: hashSessionToken(token), userId, createdAt: now, lastSeenAt: now },
  });
  return token;
}

// The signed-in staff member behind a cookie token, or null when there is none, it expired, it was
// ended, or the account is disabled. An expired session is marked ended so it can never revive.
export async function readSession(
  prisma: PrismaClient,
  token: string | undefined,
  limits: SessionLimits,
  now = new Date(),
): Promise<StaffSession | null> {
  if (!token) return null;
  const tokenHash = hashSessionToken(token);
  const session = await prisma.session.findUnique({
    where: { tokenHash },
    include: { user: { include: { scopes: { select: { regionCode: true } } } } },
  });
  if (!session) return null;
  const state = sessionState(session, now, limits);
  if (state !== 'active' || session.user.disabledAt) {
    if (!session.endedAt) await prisma.session.update({ where: { tokenHash }, data: { endedAt: now } });
    return null;
  }
  if (needsTouch(session, now)) {
    await prisma.session.update({ where: { tokenHash }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    userId: user.id,
    role: user.role satisfies StaffRoleName,
    regionCodes: user.scopes.map((scope) => scope.regionCode).sort(),
    username: user.username,
    displayName: user.displayName,
  };
}

// Ends one open session (logout). Returns the user it belonged to, for the audit trail; null when
// there was nothing to end.
export async function endSession(prisma: Client, token: string, now = new Date()): Promise<number | null> {
  const tokenHash = hashSessionToken(token);
  const session = await prisma.session.findUnique({ where: { tokenHash }, select: { userId: true } });
  if (!session) return null;
  const { count } = await prisma.session.updateMany({
    where: { tokenHash, endedAt: null },
    data: { endedAt: now },
  });
  return count > 0 ? session.userId : null;
}

// Every open session of a user (account disabled, password or second factor reset).
export async function endSessionsOfUser(prisma: Client, userId: number, now = new Date()): Promise<number> {
  const { count } = await prisma.session.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: now },
  });
  return count;
}
