import { TicketState } from '@/lib/db/client';
import type { StaffRoleName } from '@/lib/staff';

// In the order a ticket passes through them (the schema's order).
export const ticketStates: readonly TicketState[] = Object.values(TicketState);
export type TicketStateName = TicketState;

export const closedStates: readonly TicketStateName[] = ['SELESAI', 'DITOLAK'];

export function isOpenState(state: TicketStateName): boolean {
  return !closedStates.includes(state);
}

// Who may move a ticket from one state to the next (DOMAIN.md "Who does what"): the
// village checks it at its Musdes, Dinsos verifies and forwards it, the centre's answer
// is recorded by Dinsos. An admin may make any of these moves.
const moves: Record<TicketStateName, Partial<Record<TicketStateName, readonly StaffRoleName[]>>> = {
  DIAJUKAN: { DIPERIKSA_DESA: ['OPERATOR_DESA'], DITOLAK: ['OPERATOR_DESA'] },
  DIPERIKSA_DESA: { DIVERIFIKASI_DINSOS: ['DINSOS'], DITOLAK: ['DINSOS'] },
  DIVERIFIKASI_DINSOS: { DITERUSKAN_PUSAT: ['DINSOS'], DITOLAK: ['DINSOS'] },
  DITERUSKAN_PUSAT: { SELESAI: ['DINSOS'], DITOLAK: ['DINSOS'] },
  SELESAI: {},
  DITOLAK: {},
};

export function canMove(from: TicketStateName, to: TicketStateName, role: StaffRoleName): boolean {
  const roles = moves[from][to];
  if (!roles) return false;
  return role === 'ADMIN' || roles.includes(role);
}

// The states a role may move a ticket in `from` to, in the order the form offers them.
export function nextStatesFor(from: TicketStateName, role: StaffRoleName): TicketStateName[] {
  return ticketStates.filter((to) => canMove(from, to, role));
}

export type MoveRequest = {
  from: TicketStateName;
  to: TicketStateName;
  role: StaffRoleName;
  note: string;
  musdesAgreed: boolean | undefined;
};

export type MoveCheck =
  { kind: 'allowed' } | { kind: 'refused'; reason: 'not-allowed' | 'reason-required' | 'musdes-required' };

// A rejection always carries a reason the resident can read; the village's check always
// records the Musdes decision.
export function checkMove(request: MoveRequest): MoveCheck {
  if (!canMove(request.from, request.to, request.role)) return { kind: 'refused', reason: 'not-allowed' };
  if (request.to === 'DITOLAK' && request.note.trim().length < 5)
    return { kind: 'refused', reason: 'reason-required' };
  if (request.to === 'DIPERIKSA_DESA' && request.musdesAgreed === undefined)
    return { kind: 'refused', reason: 'musdes-required' };
  return { kind: 'allowed' };
}
