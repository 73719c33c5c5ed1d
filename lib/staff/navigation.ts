import type { StaffRoleName } from './caller';

// The staff pages each role may open, in menu order (the pages check the role again themselves).
export type StaffTask = 'lookup' | 'tickets' | 'dashboard' | 'audit' | 'import' | 'users';

const taskPaths: Record<StaffTask, string> = {
  lookup: '/petugas/cek',
  tickets: '/petugas/tiket',
  dashboard: '/petugas/dasbor',
  audit: '/petugas/audit',
  import: '/petugas/impor',
  users: '/petugas/pengguna',
};

const tasksByRole: Record<StaffRoleName, readonly StaffTask[]> = {
  OPERATOR_DESA: ['lookup', 'tickets'],
  DINSOS: ['lookup', 'tickets', 'dashboard', 'audit', 'import'],
  ADMIN: ['lookup', 'tickets', 'dashboard', 'audit', 'import', 'users'],
};

export function staffTasks(role: StaffRoleName): { task: StaffTask; href: string }[] {
  return tasksByRole[role].map((task) => ({ task, href: taskPaths[task] }));
}
