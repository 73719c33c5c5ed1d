import 'server-only';
import { getLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { redirect } from '@/i18n/navigation';
import { mayDo, type StaffTask } from '@/lib/staff/tasks';
import { sessionCookieName } from './login-cookies';
import { staffAuth } from './service';
import type { StaffSession } from './sessions';

// The signed-in staff member of this request, or null. Read once per request however many
// layouts, pages and actions ask.
export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  return (await staffAuth()).readSession(token);
});

// For every staff page and server action (a layout alone does not guard its pages), naming the
// task it serves (lib/staff/tasks.ts). No valid session: to the login page. A role that may not
// do the task: the not-found page, so the page's existence is not confirmed.
export async function requireStaff(task: StaffTask): Promise<StaffSession> {
  const session = await currentStaff();
  if (!session) {
    const locale = await getLocale();
    // A cookie without a live session means it expired or was ended: say so on the login page.
    const hadSession = (await cookies()).has(sessionCookieName);
    return redirect({ href: hadSession ? '/petugas/masuk?sesi=habis' : '/petugas/masuk', locale });
  }
  if (!mayDo(session.role, task)) notFound();
  return session;
}
