'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { isHttpsRequest } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';
import { stageSinceArrival, timed } from '@/lib/gate';
import { formCookie, formValues, resultCookie, runPublicLookup } from '@/lib/lookup';
import { parseRegionSelection, rememberRegionCookie } from '@/lib/regions';

// The lookup form's one action. It posts in the body (never the URL) and ends in a
// redirect, so the same flow works with and without JavaScript.
export async function lookupResident(posted: FormData): Promise<void> {
  stageSinceArrival('parse');
  const form = formArgument(posted);
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);

  const remembered = rememberRegionCookie(await parseRegionSelection(form), { secure });
  if (remembered) jar.set(remembered);
  if (form.get('intent') === 'choose-region') {
    formCookie.set(jar, { kind: 'draft', values: formValues(form) }, secure);
    return redirect({ href: '/cek#wilayah', locale });
  }

  const result = await runPublicLookup(form, { headers: requestHeaders });
  if (result.kind === 'limited') {
    return redirect({ href: `/cek/tunggu?detik=${result.retryAfterSeconds}`, locale });
  }
  if (result.kind === 'done') {
    formCookie.clear(jar);
    const { villageCode, typedName, outcome } = result;
    timed('seal', () => resultCookie.set(jar, { villageCode, typedName, outcome }, secure));
    return redirect({ href: '/cek/hasil', locale });
  }
  formCookie.set(jar, result, secure);
  redirect({ href: '/cek#formulir', locale });
}
