import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueKeys } from '@/lib/forms/issues';

const schema = z.object({
  name: z.string().min(1, 'nameRequired').min(3, 'nameTooShort'),
  age: z.number(),
  note: z.string().max(3, 'noteTooLong'),
});
const knownKeys = ['nameRequired', 'nameTooShort', 'noteTooLong', 'ageInvalid'] as const;
const fallback = { name: 'nameRequired', age: 'ageInvalid', note: 'noteTooLong' } as const;

const keysOf = (value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : issueKeys(parsed.error, fallback, knownKeys);
};

describe('zod issues to message keys', () => {
  it('keeps the first problem of each field', () => {
    expect(keysOf({ name: '', age: 1, note: '' })).toEqual({ name: 'nameRequired' });
    expect(keysOf({ name: 'Al', age: 1, note: 'long' })).toEqual({
      name: 'nameTooShort',
      note: 'noteTooLong',
    });
  });

  it("turns zod's own messages into the field's fallback key", () => {
    expect(keysOf({ name: 'Sri', age: 'x', note: '' })).toEqual({ age: 'ageInvalid' });
  });

  it('ignores problems of fields the form does not show', () => {
    const parsed = z.object({ hidden: z.string() }).safeParse({});
    expect(parsed.success ? null : issueKeys(parsed.error, fallback, knownKeys)).toEqual({});
  });
});
