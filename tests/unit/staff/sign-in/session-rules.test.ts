import { describe, expect, it } from 'vitest';
import { needsTouch, sessionState } from '@/lib/staff/sign-in/session-rules';

const limits = { idleMinutes: 30, maxHours: 12 };
const login = new Date('2026-03-02T08:00:00Z');
const at = (minutes: number) => new Date(login.getTime() + minutes * 60_000);
const session = (lastSeenMinutes: number, endedAt: Date | null = null) => ({
  createdAt: login,
  lastSeenAt: at(lastSeenMinutes),
  endedAt,
});

describe('sessionState', () => {
  it.each([
    [0, 29, 'active'],
    [0, 30, 'idle-expired'],
    [600, 629, 'active'],
    [700, 719, 'active'],
    [710, 720, 'absolute-expired'],
    [0, 2000, 'absolute-expired'],
  ])('last seen at +%i min, asked at +%i min: %s', (lastSeen, now, state) => {
    expect(sessionState(session(lastSeen), at(now), limits)).toBe(state);
  });

  it('an ended session stays ended, whatever the clock says', () => {
    expect(sessionState(session(5, at(10)), at(11), limits)).toBe('ended');
    expect(sessionState(session(5, at(10)), at(6), limits)).toBe('ended');
  });

  it('follows other limits', () => {
    expect(sessionState(session(0), at(10), { idleMinutes: 5, maxHours: 1 })).toBe('idle-expired');
    expect(sessionState(session(58), at(61), { idleMinutes: 5, maxHours: 1 })).toBe('absolute-expired');
  });
});

describe('needsTouch', () => {
  it('writes the last-seen time at most once a minute', () => {
    expect(needsTouch(session(0), new Date(login.getTime() + 59_999))).toBe(false);
    expect(needsTouch(session(0), at(1))).toBe(true);
  });
});
