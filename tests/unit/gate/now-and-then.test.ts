import { describe, expect, it, vi } from 'vitest';
import { nowAndThen } from '@/lib/gate/now-and-then';

describe('housekeeping that rides on requests', () => {
  it('runs the task once the interval has passed since the last run, and not before', () => {
    let now = 0;
    const runs: number[] = [];
    const tick = nowAndThen(
      1000,
      async (at) => void runs.push(at),
      'test task',
      () => now,
    );
    tick();
    now = 999;
    tick();
    now = 1000;
    tick();
    tick();
    now = 1500;
    tick();
    now = 2000;
    tick();
    expect(runs).toEqual([1000, 2000]);
  });

  it('keeps a failing task off the request that started it, and says which task failed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let now = 0;
    const tick = nowAndThen(
      10,
      () => Promise.reject(new Error('database away')),
      'failing task',
      () => now,
    );
    now = 10;
    expect(() => tick()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledWith('failing task failed:', 'Error');
    warn.mockRestore();
  });
});
