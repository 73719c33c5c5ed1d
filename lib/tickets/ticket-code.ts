import { isReadableCode, readableCode } from '@/lib/formats';

export const newTicketCode = (): string => readableCode(2, 4);

// What residents type: lower case, spaces, a missing or different dash.
export function normalizeTicketCode(text: string): string | null {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact.length !== 8) return null;
  const code = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  return isReadableCode(code) ? code : null;
}
