import type { ReactNode } from 'react';
import { StaffBar } from '@/components/staff/StaffBar';
import { currentStaff } from '@/lib/staff/next';
import { signOut } from './masuk/actions';

// The staff area's frame: who is signed in, the menu of their role and sign-out. It guards
// nothing by itself; every page and action calls requireStaff.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  return (
    <div className="space-y-6">
      {staff ? <StaffBar staff={staff} signOut={signOut} /> : null}
      {children}
    </div>
  );
}
