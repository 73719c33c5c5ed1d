'use server';

import { randomBytes } from 'node:crypto';
import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { requireStaff } from '@/lib/staff/next';
import { isHttpsRequest, formText } from '@/lib/forms';
import { formArgument } from '@/lib/forms/next';
import {
  fileTicketForResident,
  filingFormCookie,
  moveFormInput,
  musdesDecisionsFrom,
  musdesVillageInput,
  ticketKindName,
  ticketsForStaff,
  type TicketKindName,
} from '@/lib/tickets';

export async function moveTicketAction(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const staff = await requireStaff('tickets');
  const locale = await getLocale();
  const parsed = moveFormInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return redirect({ href: '/petugas/tiket', locale });
  const { code, to, note, musdes, expectedState } = parsed.data;
  const outcome = await ticketsForStaff.move(staff, {
    code,
    to,
    note,
    expectedState,
    musdesAgreed: musdes === undefined ? undefined : musdes === 'agreed',
  });
  const result =
    outcome.kind === 'moved'
      ? `moved&tahap=${outcome.to}`
      : outcome.kind === 'refused'
        ? outcome.reason
        : outcome.kind;
  return redirect({ href: `/petugas/tiket/${code}?hasil=${result}#pindah`, locale });
}

export async function recordMusdesAction(posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const staff = await requireStaff('musdes');
  const locale = await getLocale();
  const village = musdesVillageInput.safeParse(form.get('villageCode'));
  if (!village.success) return redirect({ href: '/petugas/tiket/musdes', locale });
  const back = `/petugas/tiket/musdes?desa=${village.data}`;
  const minutes = formText(form, 'minutes', 4000).trim().slice(0, 600);
  if (minutes.length < 5) return redirect({ href: `${back}&hasil=minutes`, locale });
  const codes = form.getAll('codes').filter((code): code is string => typeof code === 'string');
  const outcome = await ticketsForStaff.recordMusdes(staff, {
    villageCode: village.data,
    minutes,
    decisions: musdesDecisionsFrom(form, codes),
  });
  if (outcome.kind === 'recorded')
    return redirect({
      href: `${back}&hasil=recorded&setuju=${outcome.agreed}&tolak=${outcome.rejected}`,
      locale,
    });
  if (outcome.kind === 'refused') {
    const problem = outcome.outcome.kind === 'refused' ? outcome.outcome.reason : outcome.outcome.kind;
    return redirect({ href: `${back}&hasil=refused&kode=${outcome.code}&masalah=${problem}`, locale });
  }
  return redirect({ href: '/petugas/tiket/musdes', locale });
}

// An operator files for a walk-in resident; errors come back like on the public form.
export async function fileForResidentAction(boundKind: TicketKindName, posted: FormData): Promise<void> {
  const form = formArgument(posted);
  const staff = await requireStaff('fileTicket');
  const parsedKind = ticketKindName.safeParse(boundKind);
  if (!parsedKind.success) notFound();
  const kind = parsedKind.data;
  const locale = await getLocale();
  const result = await fileTicketForResident(form, kind, staff);
  if (result.kind === 'filed') return redirect({ href: `/petugas/tiket/${result.code}?hasil=filed`, locale });
  const jar = await cookies();
  const secure = isHttpsRequest(await headers());
  if (result.kind !== 'limited') filingFormCookie.set(jar, { ...result, ticketKind: kind }, secure);
  return redirect({
    href: `/petugas/tiket/baru?jenis=${kind}&k=${randomBytes(4).toString('hex')}#formulir`,
    locale,
  });
}
