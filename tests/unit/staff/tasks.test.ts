import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StaffRole } from '@/lib/db/generated/enums';
import { staffMenu } from '@/lib/staff/navigation';
import { mayDo, rolesByTask, type StaffTask } from '@/lib/staff/tasks';

// Which staff pages and actions each role reaches, written from the README's account of the
// roles (operators help residents at the village desk and file and run Musdes for their
// village; Dinsos reviews, watches ageing tickets and imports; admins may do everything), not
// from the table: the guards are read from the route files themselves.
const staffRoot = join(process.cwd(), 'app/[locale]/(staff)/petugas');

const everybody = [
  '',
  'cek',
  'cek/actions.ts#searchResident',
  'warga/[id]',
  'warga/[id]/actions.ts#createSlip',
  'slip/[code]',
  'tiket',
  'tiket/[code]',
  'tiket/actions.ts#moveTicketAction',
];
const villageDesk = [
  'tiket/baru',
  'tiket/musdes',
  'tiket/actions.ts#recordMusdesAction',
  'tiket/actions.ts#fileForResidentAction',
];
const regionalReview = [
  'dasbor',
  'audit',
  'audit/csv',
  'impor',
  'impor/[id]',
  'impor/[id]/ditolak',
  'impor/[id]/perubahan',
];
const userManagement = [
  'pengguna',
  'pengguna/baru',
  'pengguna/[id]',
  'pengguna/actions.ts#createUser',
  'pengguna/actions.ts#setUserDisabled',
  'pengguna/actions.ts#resetUserPassword',
  'pengguna/actions.ts#resetUserTotp',
];

const reaches: Record<StaffRole, string[]> = {
  OPERATOR_DESA: [...everybody, ...villageDesk],
  DINSOS: [...everybody, ...regionalReview],
  ADMIN: [...everybody, ...villageDesk, ...regionalReview, ...userManagement],
};

const isTask = (name: string): name is StaffTask => Object.hasOwn(rolesByTask, name);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

// Every guarded entry point (a page or route by its folder, an action by file#function) and the
// task its requireStaff call names.
function guardedEntries(): Map<string, StaffTask> {
  const entries = new Map<string, StaffTask>();
  for (const file of sourceFiles(staffRoot)) {
    const source = readFileSync(file, 'utf8');
    const path = relative(staffRoot, file);
    const folder = path.replace(/\/?(page\.tsx|route\.ts)$/, '');
    for (const match of source.matchAll(/requireStaff\('(\w+)'\)/g)) {
      const before = source.slice(0, match.index);
      const action = [...before.matchAll(/export async function (\w+)/g)].at(-1)?.[1];
      const task = match[1] ?? '';
      if (!isTask(task)) throw new Error(`${path} names an unknown task ${task}`);
      entries.set(path.endsWith('actions.ts') ? `${path}#${action}` : folder, task);
    }
  }
  return entries;
}

describe('the staff tasks', () => {
  const entries = guardedEntries();

  it('finds a guard on every staff page, route and action', () => {
    const expected = new Set([...everybody, ...villageDesk, ...regionalReview, ...userManagement]);
    expect(new Set(entries.keys())).toEqual(expected);
  });

  it.each(Object.values(StaffRole))('lets %s reach exactly its pages', (role) => {
    const reached = [...entries].filter(([, task]) => mayDo(role, task)).map(([entry]) => entry);
    expect(reached.sort()).toEqual([...reaches[role]].sort());
  });

  it.each(Object.values(StaffRole))('shows %s a menu of pages it can open, and all of them', (role) => {
    const menuFolders = staffMenu(role).map(({ href }) => href.replace(/^\/petugas\/?/, ''));
    const openable = ['cek', 'tiket', 'dasbor', 'audit', 'impor', 'pengguna'].filter((folder) =>
      reaches[role].includes(folder),
    );
    expect(menuFolders).toEqual(openable);
  });
});
