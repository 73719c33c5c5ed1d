// Lists in messages/*.json (read with t.raw) as plain strings.
export function messageLines(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string') : [];
}
