'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { isHttpsRequest, privateCookie } from '@/lib/forms/cookie-options';
import {
  formCookie,
  formValues,
  resultCookie,
  runPublicLookup,
  sealFormFlash,
  sealResult,
} from '@/lib/lookup';
import { parseRegionSelection, rememberRegionCookie } from '@/lib/regions';
import { formArgument } from '@/lib/forms/action-input';

// The lookup form's one action. It posts in the body (never the URL) and ends in a
// redirect, so the same flow works with and without JavaScript.
export async function lookupResident(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);

  const remembered = rememberRegionCookie(await parseRegionSelection(form), { secure });
  if (remembered) jar.set(remembered);
  if (form.get('intent') === 'choose-region') {
    jar.set(
      formCookie.name,
      sealFormFlash({ kind: 'draft', values: formValues(form) }),
      privateCookie(formCookie.ttlSeconds, secure),
    );
    return redirect({ href: '/cek#wilayah', locale });
  }

  const result = await runPublicLookup(form, { headers: requestHeaders });
  if (result.kind === 'limited') {
    return redirect({ href: `/cek/tunggu?detik=${result.retryAfterSeconds}`, locale });
  }
  if (result.kind === 'done') {
    jar.delete(formCookie.name);
    jar.set(
      resultCookie.name,
      sealResult({ villageCode: result.villageCode, typedName: result.typedName, outcome: result.outcome }),
      privateCookie(resultCookie.ttlSeconds, secure),
    );
    return redirect({ href: '/cek/hasil', locale });
  }
  jar.set(formCookie.name, sealFormFlash(result), privateCookie(formCookie.ttlSeconds, secure));
  redirect({ href: '/cek#formulir', locale });
}
