// A numeric id from a URL segment; anything else (letters, a sign, more than fits an int
// column) is null, which pages answer as "not found".
export function parseRecordId(segment: string): number | null {
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}
