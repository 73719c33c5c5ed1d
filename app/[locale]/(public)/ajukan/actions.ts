'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { isHttpsRequest } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';
import { parseRegionSelection, rememberRegionCookie } from '@/lib/regions';
import {
  acknowledgementCookie,
  filingFormCookie,
  fileTicketFromPublic,
  ticketFormValues,
  ticketKindName,
  type TicketKindName,
} from '@/lib/tickets';
import { kindPaths } from './kind-paths';

// The three ticket forms' one action (bound to the kind by the page). It ends in a
// redirect, so the same flow works with and without JavaScript; the acknowledgement is
// shown only after the ticket is committed.
export async function submitTicket(boundKind: TicketKindName, posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const parsedKind = ticketKindName.safeParse(boundKind);
  if (!parsedKind.success) notFound();
  const kind = parsedKind.data;
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);
  const formPath = kindPaths[kind];

  const remembered = rememberRegionCookie(await parseRegionSelection(form), { secure });
  if (remembered) jar.set(remembered);
  if (form.get('intent') === 'choose-region') {
    filingFormCookie.set(jar, { kind: 'draft', ticketKind: kind, values: ticketFormValues(form) }, secure);
    return redirect({ href: `${formPath}#wilayah`, locale });
  }

  const result = await fileTicketFromPublic(form, kind, { headers: requestHeaders });
  if (result.kind === 'limited') {
    return redirect({ href: `/cek/tunggu?detik=${result.retryAfterSeconds}`, locale });
  }
  if (result.kind === 'filed') {
    filingFormCookie.clear(jar);
    acknowledgementCookie.set(jar, { code: result.code, ticketKind: result.ticketKind }, secure);
    return redirect({ href: '/ajukan/terkirim', locale });
  }
  filingFormCookie.set(jar, { ...result, ticketKind: kind }, secure);
  redirect({ href: `${formPath}#formulir`, locale });
}
