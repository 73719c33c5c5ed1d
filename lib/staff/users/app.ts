import 'server-only';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { createStaffUserAdmin, type StaffUserAdmin } from './service';

const holder = globalThis as typeof globalThis & { portalStaffUserAdmin?: Promise<StaffUserAdmin> };

// The user admin service on this deployment's database.
export function staffUserAdmin(): Promise<StaffUserAdmin> {
  holder.portalStaffUserAdmin ??= db().then((database) =>
    createStaffUserAdmin({ database, secret: portalSecret() }),
  );
  return holder.portalStaffUserAdmin;
}
