import { describe, expect, it } from 'vitest';
import { submissionKey } from '@/lib/tickets/schema';
import { newSubmissionKey } from '@/lib/tickets/submission-key';

describe('newSubmissionKey', () => {
  it('gives a new key each time that the ticket schema accepts', () => {
    const first = newSubmissionKey();
    expect(submissionKey.safeParse(first).success).toBe(true);
    expect(newSubmissionKey()).not.toBe(first);
  });
});
