import { describe, expect, it } from 'vitest';
import { staffTasks } from '@/lib/staff/navigation';

describe('staffTasks', () => {
  it.each([
    ['OPERATOR_DESA', ['lookup', 'tickets']],
    ['DINSOS', ['lookup', 'tickets', 'dashboard', 'audit', 'import']],
    ['ADMIN', ['lookup', 'tickets', 'dashboard', 'audit', 'import', 'users']],
  ] as const)('%s sees %j', (role, tasks) => {
    expect(staffTasks(role).map((entry) => entry.task)).toEqual(tasks);
  });

  it('links user management only for admins', () => {
    expect(staffTasks('ADMIN').find((entry) => entry.task === 'users')?.href).toBe('/petugas/pengguna');
  });
});
