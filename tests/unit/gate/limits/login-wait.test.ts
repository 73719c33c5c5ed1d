import { describe, expect, it } from 'vitest';
import { waitAfterAttempt } from '@/lib/gate/limits';

describe('the wait between sign-in attempts of one username from one address', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 4],
    [8, 32],
    [9, 60],
    [30, 60],
  ])('after attempt %i is %i seconds (slowing down from the third)', (attempt, seconds) => {
    expect(waitAfterAttempt(attempt, 3)).toBe(seconds);
  });
});
