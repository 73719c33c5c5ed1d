import 'server-only';
import { Prisma } from '@/lib/db';

export type TicketUniqueIndex = 'open-usulan' | 'submission' | 'other';

// Which of the ticket's unique indexes refused a write. Driver adapters report the index
// in different places of the error, so its name is looked for in all of them.
export function violatedUniqueIndex(error: unknown): TicketUniqueIndex | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const text = `${error.message} ${JSON.stringify(error.meta ?? {})}`;
  if (text.includes('ticket_open_usulan_per_filer')) return 'open-usulan';
  if (text.includes('submission_key')) return 'submission';
  // The code (random, 26^8) is the only other unique value a new ticket brings.
  return 'other';
}
