'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { assistedSearchCookie, runAssistedSearch } from '@/lib/lookup';
import { requireStaff } from '@/lib/staff/next';
import { isHttpsRequest } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';

// Posts in the body, ends in a redirect: the same flow with and without JavaScript, and a
// reload never repeats the (audited) search.
export async function searchResident(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const session = await requireStaff('lookup');
  const state = await runAssistedSearch(session, form);
  const secure = isHttpsRequest(await headers());
  assistedSearchCookie.set(await cookies(), { userId: session.userId, state }, secure);
  return redirect({ href: state.kind === 'done' ? '/petugas/cek#hasil' : '/petugas/cek#formulir', locale });
}
