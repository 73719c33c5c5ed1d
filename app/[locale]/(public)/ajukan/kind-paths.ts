import type { TicketKindName } from '@/lib/tickets';

export const kindPaths: Record<TicketKindName, string> = {
  USULAN: '/ajukan/usulan',
  SANGGAHAN: '/ajukan/sanggahan',
  PERBAIKAN_DATA: '/ajukan/perbaikan',
};
