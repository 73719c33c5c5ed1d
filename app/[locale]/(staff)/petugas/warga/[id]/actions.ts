'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { makeResultSlip } from '@/lib/slips';
import { requireStaff } from '@/lib/staff/next';
import { formText } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';

export async function createSlip(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const session = await requireStaff('lookup');
  const personId = Number(formText(form, 'personId', 12));
  const reference = formText(form, 'reference', 16);
  const code = Number.isSafeInteger(personId) ? await makeResultSlip(session, personId, reference) : null;
  // Nothing issued (out of scope, stale search): the record page answers "not found".
  if (!code)
    return redirect({ href: `/petugas/warga/${personId}?ref=${encodeURIComponent(reference)}`, locale });
  return redirect({ href: `/petugas/slip/${code}`, locale });
}
