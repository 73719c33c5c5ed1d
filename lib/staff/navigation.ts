import type { StaffRole } from '@/lib/db/client';
import { mayDo, type StaffTask } from './tasks';

// The staff menu in its order, after the start page every role has: each entry shows for the
// roles that may do its task (lib/staff/tasks.ts), and the page checks that task again itself.
const menu = [
  { task: 'lookup', href: '/petugas/cek' },
  { task: 'tickets', href: '/petugas/tiket' },
  { task: 'dashboard', href: '/petugas/dasbor' },
  { task: 'reviewAudit', href: '/petugas/audit' },
  { task: 'import', href: '/petugas/impor' },
  { task: 'manageUsers', href: '/petugas/pengguna' },
] as const satisfies readonly { task: StaffTask; href: string }[];

export type MenuTask = (typeof menu)[number]['task'];

export function staffMenu(role: StaffRole): { task: MenuTask; href: string }[] {
  return menu.filter((entry) => mayDo(role, entry.task));
}
