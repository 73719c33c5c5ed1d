'use server';

import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { staffUserAdmin, userIdInput, usersFlashCookie, type UsersFlash } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { isHttpsRequest, formText } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';

// Long enough that the schema, not the cut, refuses a value that is too long.
const text = (form: FormData, name: string) => formText(form, name, 4000);

async function flashAndGo(flash: UsersFlash, href: string): Promise<never> {
  const jar = await cookies();
  usersFlashCookie.set(jar, flash, isHttpsRequest(await headers()));
  return redirect({ href, locale: await getLocale() });
}

// Each action checks the admin role here and the service checks it again (defence in depth).
export async function createUser(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const admin = await requireStaff('manageUsers');
  const values = {
    username: text(form, 'username'),
    displayName: text(form, 'displayName'),
    role: text(form, 'role'),
    regions: text(form, 'regions'),
  };
  const result = await (
    await staffUserAdmin()
  ).create(admin, { ...values, password: text(form, 'password') });
  if (result.kind === 'created') {
    return flashAndGo({ kind: 'created', totp: result.totp }, `/petugas/pengguna/${result.userId}`);
  }
  if (result.kind === 'invalid') return flashAndGo({ ...result, values }, '/petugas/pengguna/baru');
  return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
}

export async function setUserDisabled(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const admin = await requireStaff('manageUsers');
  const userId = userIdInput.safeParse(form.get('userId'));
  const disabled = form.get('disabled') === 'true';
  const back =
    form.get('back') === 'detail' && userId.success
      ? `/petugas/pengguna/${userId.data}`
      : '/petugas/pengguna';
  if (!userId.success) return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
  const users = await staffUserAdmin();
  const user = await users.find(admin, userId.data);
  const result = await users.setDisabled(admin, userId.data, disabled);
  if (result.kind === 'done' && user) {
    return flashAndGo({ kind: disabled ? 'disabled' : 'enabled', username: user.username }, back);
  }
  return flashAndGo({ kind: result.kind === 'refused-self' ? 'refused-self' : 'not-found' }, back);
}

export async function resetUserPassword(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const admin = await requireStaff('manageUsers');
  const userId = userIdInput.safeParse(form.get('userId'));
  if (!userId.success) return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
  const result = await (await staffUserAdmin()).resetPassword(admin, userId.data, text(form, 'password'));
  const back = `/petugas/pengguna/${userId.data}`;
  if (result.kind === 'done') return flashAndGo({ kind: 'password-reset' }, back);
  if (result.kind === 'invalid') return flashAndGo(result, back);
  return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
}

export async function resetUserTotp(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const admin = await requireStaff('manageUsers');
  const userId = userIdInput.safeParse(form.get('userId'));
  if (!userId.success) return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
  const result = await (await staffUserAdmin()).resetTotp(admin, userId.data);
  if (result.kind === 'done') {
    return flashAndGo({ kind: 'totp-reset', totp: result.totp }, `/petugas/pengguna/${userId.data}`);
  }
  return flashAndGo({ kind: 'not-found' }, '/petugas/pengguna');
}
