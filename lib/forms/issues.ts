import type { z } from 'zod';

// The first problem of each field as a message key. A schema's messages are the keys; any other
// message (a zod default) becomes the field's fallback key, so a form never shows raw English.
export function issueKeys<Field extends string, Key extends string>(
  error: z.ZodError,
  fallbackKeys: Record<Field, Key>,
  knownKeys: readonly Key[],
): Partial<Record<Field, Key>> {
  const isField = (name: PropertyKey): name is Field =>
    typeof name === 'string' && Object.hasOwn(fallbackKeys, name);
  const isKey = (message: string): message is Key => knownKeys.some((key) => key === message);
  const keys: Partial<Record<Field, Key>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field !== undefined && isField(field))
      keys[field] ??= isKey(issue.message) ? issue.message : fallbackKeys[field];
  }
  return keys;
}
