'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { isHttpsRequest, privateCookie } from '@/lib/forms/cookie-options';
import {
  runPublicTracking,
  sealTracking,
  sealTrackingFlash,
  trackingCookie,
  trackingFormCookie,
} from '@/lib/tickets';
import { formArgument } from '@/lib/forms/action-input';

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
    jar.delete(trackingFormCookie.name);
    jar.set(trackingCookie.name, sealTracking(result), privateCookie(trackingCookie.ttlSeconds, secure));
    return redirect({ href: '/lacak/hasil', locale });
  }
  jar.set(
    trackingFormCookie.name,
    sealTrackingFlash(result),
    privateCookie(trackingFormCookie.ttlSeconds, secure),
  );
  redirect({ href: '/lacak#formulir', locale });
}
