/**
 * A message that is either one sentence or a list of them (read with `t.raw`), as a list of strings.
 * Anything else in the JSON (a stray number or object) is dropped rather than rendered.
 */
export function messageLines(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (!Array.isArray(raw)) return [];
  return raw.filter((line): line is string => typeof line === 'string');
}
