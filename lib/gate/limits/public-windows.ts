import type { Window } from './window-store';
import type { PublicLimits } from './limiter';

export type PublicWindows = Record<
  'proof' | 'token' | 'net48' | 'challenge' | 'challenge48' | 'village' | 'ticket' | 'slip',
  Window
>;

// A village's window only counts: it raises the proof cost and alerts, it never refuses.
const countOnly = 2_147_483_647;

// Every public window counts per minute.
export function publicWindows(limits: PublicLimits): PublicWindows {
  const window = (prefix: string, points: number): Window => ({ prefix, points, seconds: 60 });
  return {
    proof: window('ip', limits.ipPerMinute),
    token: window('token', limits.formTokenPerMinute),
    net48: window('net48', limits.ipv6Net48PerMinute),
    challenge: window('challenge', limits.challengesPerMinute),
    // A lookup costs a challenge and a request; a /48 gets the same proportion of both.
    challenge48: window(
      'challenge48',
      Math.ceil((limits.ipv6Net48PerMinute * limits.challengesPerMinute) / limits.ipPerMinute),
    ),
    village: window('village', countOnly),
    ticket: window('ticket', limits.ticketCodePerMinute),
    // Slip codes are unguessable (26^12): this window only keeps anyone from trying codes in bulk.
    slip: window('verify', limits.slipVerificationsPerMinute),
  };
}
