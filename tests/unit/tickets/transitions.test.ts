import { describe, expect, it } from 'vitest';
import type { StaffRoleName } from '@/lib/staff/caller';
import { staffRoles } from '@/lib/staff/users/schema';
import {
  canMove,
  checkMove,
  nextStatesFor,
  ticketStates,
  type TicketStateName,
} from '@/lib/tickets/transitions';

// Every allowed move; anything not listed here is refused for every role.
const allowed: [TicketStateName, TicketStateName, StaffRoleName][] = [
  ['DIAJUKAN', 'DIPERIKSA_DESA', 'OPERATOR_DESA'],
  ['DIAJUKAN', 'DITOLAK', 'OPERATOR_DESA'],
  ['DIPERIKSA_DESA', 'DIVERIFIKASI_DINSOS', 'DINSOS'],
  ['DIPERIKSA_DESA', 'DITOLAK', 'DINSOS'],
  ['DIVERIFIKASI_DINSOS', 'DITERUSKAN_PUSAT', 'DINSOS'],
  ['DIVERIFIKASI_DINSOS', 'DITOLAK', 'DINSOS'],
  ['DITERUSKAN_PUSAT', 'SELESAI', 'DINSOS'],
  ['DITERUSKAN_PUSAT', 'DITOLAK', 'DINSOS'],
];

describe('ticket transitions', () => {
  const table = ticketStates.flatMap((from) =>
    ticketStates.flatMap((to) => staffRoles.map((role) => [from, to, role] as const)),
  );

  it.each(table)('%s → %s by %s', (from, to, role) => {
    const listed = allowed.some(([f, t, r]) => f === from && t === to && r === role);
    const anyRole = allowed.some(([f, t]) => f === from && t === to);
    expect(canMove(from, to, role)).toBe(role === 'ADMIN' ? anyRole : listed);
  });

  it('closed tickets never move', () => {
    for (const role of staffRoles) {
      expect(nextStatesFor('SELESAI', role)).toEqual([]);
      expect(nextStatesFor('DITOLAK', role)).toEqual([]);
    }
  });

  it('offers each role its next states', () => {
    expect(nextStatesFor('DIAJUKAN', 'OPERATOR_DESA')).toEqual(['DIPERIKSA_DESA', 'DITOLAK']);
    expect(nextStatesFor('DIAJUKAN', 'DINSOS')).toEqual([]);
    expect(nextStatesFor('DITERUSKAN_PUSAT', 'DINSOS')).toEqual(['SELESAI', 'DITOLAK']);
  });

  it('a rejection needs a reason the resident can read', () => {
    const reject = {
      from: 'DIAJUKAN',
      to: 'DITOLAK',
      role: 'OPERATOR_DESA',
      musdesAgreed: undefined,
    } as const;
    expect(checkMove({ ...reject, note: '  ' })).toEqual({ kind: 'refused', reason: 'reason-required' });
    expect(checkMove({ ...reject, note: 'Sudah menerima PKH' })).toEqual({ kind: 'allowed' });
  });

  it('the village check records the Musdes decision', () => {
    const check = { from: 'DIAJUKAN', to: 'DIPERIKSA_DESA', role: 'OPERATOR_DESA', note: '' } as const;
    expect(checkMove({ ...check, musdesAgreed: undefined })).toEqual({
      kind: 'refused',
      reason: 'musdes-required',
    });
    expect(checkMove({ ...check, musdesAgreed: false })).toEqual({ kind: 'allowed' });
  });

  it('a move the table refuses is refused before anything else', () => {
    expect(
      checkMove({ from: 'DIAJUKAN', to: 'SELESAI', role: 'DINSOS', note: '', musdesAgreed: undefined }),
    ).toEqual({ kind: 'refused', reason: 'not-allowed' });
  });
});
