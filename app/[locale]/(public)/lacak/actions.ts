'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { isHttpsRequest } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';
import { runPublicTracking, trackingCookie, trackingFormCookie } from '@/lib/tickets';

export async function trackTicketAction(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);
  const result = await runPublicTracking(form, { headers: requestHeaders });
  if (result.kind === 'limited') {
    return redirect({ href: `/cek/tunggu?detik=${result.retryAfterSeconds}`, locale });
  }
  if (result.kind === 'found') {
    trackingFormCookie.clear(jar);
    trackingCookie.set(jar, result, secure);
    return redirect({ href: '/lacak/hasil', locale });
  }
  trackingFormCookie.set(jar, result, secure);
  redirect({ href: '/lacak#formulir', locale });
}
