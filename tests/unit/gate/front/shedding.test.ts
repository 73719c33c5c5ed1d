import { afterEach, describe, expect, it, vi } from 'vitest';
import { concurrencyLimit, type Release } from '@/lib/gate/front/shedding';

afterEach(() => vi.useRealTimers());

function tracker() {
  const events: string[] = [];
  const releases: Release[] = [];
  const enter = (limit: ReturnType<typeof concurrencyLimit>, name: string) =>
    limit.enter(
      (release) => {
        events.push(`${name} in`);
        releases.push(release);
      },
      () => events.push(`${name} refused`),
    );
  return { events, releases, enter };
}

describe('the public action concurrency limit', () => {
  it('admits up to the limit, queues up to the queue, and refuses the rest at once', () => {
    const limit = concurrencyLimit({ limit: 2, queue: 1, maxWaitMs: 1000 });
    const { events, releases, enter } = tracker();
    for (const name of ['a', 'b', 'c', 'd']) enter(limit, name);
    expect(events).toEqual(['a in', 'b in', 'd refused']);
    releases[0]?.();
    expect(events).toEqual(['a in', 'b in', 'd refused', 'c in']);
    expect(limit.inFlight()).toBe(2);
    releases[1]?.();
    releases[2]?.();
    expect(limit.inFlight()).toBe(0);
  });

  it('refuses a waiting request after the longest wait, and counts a release once', () => {
    vi.useFakeTimers();
    const limit = concurrencyLimit({ limit: 1, queue: 5, maxWaitMs: 500 });
    const { events, releases, enter } = tracker();
    enter(limit, 'a');
    enter(limit, 'b');
    vi.advanceTimersByTime(499);
    expect(events).toEqual(['a in']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['a in', 'b refused']);
    releases[0]?.();
    releases[0]?.();
    expect(limit.inFlight()).toBe(0);
    enter(limit, 'c');
    expect(events.at(-1)).toBe('c in');
  });

  it('refuses everything past zero room', () => {
    const limit = concurrencyLimit({ limit: 0, queue: 0, maxWaitMs: 0 });
    const { events, enter } = tracker();
    enter(limit, 'a');
    expect(events).toEqual(['a refused']);
  });
});
