// When a staff session stops being valid. Pure: the clock is passed in, so the rules are
// tested without waiting (tests/unit/auth/session-rules.test.ts).
export type SessionLimits = { idleMinutes: number; maxHours: number };
export type SessionTimes = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };
export type SessionState = 'active' | 'ended' | 'idle-expired' | 'absolute-expired';

const minute = 60_000;

export function sessionState(session: SessionTimes, now: Date, limits: SessionLimits): SessionState {
  if (session.endedAt) return 'ended';
  if (now.getTime() - session.createdAt.getTime() >= limits.maxHours * 60 * minute) return 'absolute-expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMinutes * minute) return 'idle-expired';
  return 'active';
}

// A busy page asks for the session several times a second; writing lastSeenAt at most once
// a minute keeps the idle limit within a minute of exact and the session table quiet.
export function needsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= minute;
}

// The cookie lives no longer than the session could; idle expiry is the server's job.
export function sessionCookieMaxAgeSeconds(limits: SessionLimits): number {
  return limits.maxHours * 60 * 60;
}
