'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import {
  codeInput,
  loginClientIp,
  loginFlashCookie,
  loginInput,
  pendingLoginCookie,
  sessionCookieMaxAgeSeconds,
  sessionCookieName,
  staffAuth,
  type LoginFlash,
} from '@/lib/staff';
import { config } from '@/lib/config';
import { isHttpsRequest, privateCookie, formText } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';

type Jar = Awaited<ReturnType<typeof cookies>>;

function flash(jar: Jar, value: LoginFlash, secure: boolean): void {
  loginFlashCookie.set(jar, value, secure);
}

function startSession(jar: Jar, token: string, secure: boolean): void {
  pendingLoginCookie.clear(jar);
  loginFlashCookie.clear(jar);
  jar.set(
    sessionCookieName,
    token,
    privateCookie(sessionCookieMaxAgeSeconds(config().staffSessions), secure),
  );
}

// Step one: username and password. Every refusal reads the same, whatever the reason.
export async function signInWithPassword(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);
  const input = loginInput.safeParse({
    username: form.get('username') ?? '',
    password: form.get('password') ?? '',
  });
  if (!input.success) {
    flash(jar, { kind: 'invalid', username: formText(form, 'username', 64) }, secure);
    return redirect({ href: '/petugas/masuk', locale });
  }
  const step = await (
    await staffAuth()
  ).signInWithPassword({ ...input.data, ip: loginClientIp(requestHeaders) });
  if (step.kind === 'signed-in') {
    startSession(jar, step.token, secure);
    return redirect({ href: '/petugas', locale });
  }
  if (step.kind === 'second-factor') {
    pendingLoginCookie.set(jar, step.pending, secure);
    return redirect({ href: '/petugas/masuk/kode', locale });
  }
  flash(jar, step.kind === 'limited' ? step : { kind: 'rejected', username: input.data.username }, secure);
  return redirect({ href: '/petugas/masuk', locale });
}

// Step two (Dinsos, admin): the authenticator code, against the sealed pending-login cookie.
export async function signInWithCode(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const locale = await getLocale();
  const requestHeaders = await headers();
  const jar = await cookies();
  const secure = isHttpsRequest(requestHeaders);
  const pending = pendingLoginCookie.read(jar);
  if (!pending) {
    flash(jar, { kind: 'expired' }, secure);
    return redirect({ href: '/petugas/masuk', locale });
  }
  const input = codeInput.safeParse({ code: form.get('code') ?? '' });
  const step = input.success
    ? await (
        await staffAuth()
      ).signInWithCode({ pending, code: input.data.code, ip: loginClientIp(requestHeaders) })
    : { kind: 'rejected' as const };
  if (step.kind === 'signed-in') {
    startSession(jar, step.token, secure);
    return redirect({ href: '/petugas', locale });
  }
  if (step.kind === 'limited') {
    pendingLoginCookie.clear(jar);
    flash(jar, step, secure);
    return redirect({ href: '/petugas/masuk', locale });
  }
  flash(jar, { kind: 'code-rejected' }, secure);
  return redirect({ href: '/petugas/masuk/kode', locale });
}

export async function signOut(): Promise<void> {
  const locale = await getLocale();
  const jar = await cookies();
  await (await staffAuth()).signOut(jar.get(sessionCookieName)?.value);
  jar.delete(sessionCookieName);
  flash(jar, { kind: 'signed-out' }, isHttpsRequest(await headers()));
  return redirect({ href: '/petugas/masuk', locale });
}
