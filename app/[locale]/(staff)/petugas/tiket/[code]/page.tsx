import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MoveTicketForm } from '@/components/tickets/MoveTicketForm';
import { OtherUsulan } from '@/components/tickets/OtherUsulan';
import { TicketFacts } from '@/components/tickets/TicketFacts';
import { TicketHistory } from '@/components/tickets/TicketHistory';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { requireStaff } from '@/lib/staff/next';
import { ticketCode, ticketStates, ticketsForStaff } from '@/lib/tickets';
import { moveTicketAction } from '../actions';

export const dynamicParams = true;

type PageProps = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('StaffTickets.queueTitle'));

const refusals = ['not-allowed', 'reason-required', 'musdes-required', 'stale', 'not-found'] as const;

export default async function TicketDetailPage({ params, searchParams }: PageProps) {
  const locale = await enterLocale(params);
  const { code } = await params;
  const staff = await requireStaff('tickets');
  if (!ticketCode.safeParse(code).success) notFound();
  // Out of scope reads exactly like a missing ticket.
  const ticket = await ticketsForStaff.detail(staff, code);
  if (!ticket) notFound();
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  const query = await searchParams;
  const result = typeof query.hasil === 'string' ? query.hasil : undefined;
  const movedTo = ticketStates.find((state) => state === query.tahap);
  const refusal = refusals.find((reason) => reason === result);

  return (
    <div className="space-y-6">
      <PageHeading>{t('detailTitle', { code: ticket.code })}</PageHeading>
      {result === 'filed' ? <Notice tone="info" title={t('filed', { code: ticket.code })} body="" /> : null}
      {result === 'moved' && movedTo ? (
        <Notice tone="info" title={t('moved', { state: states(`${movedTo}.title`) })} body="" />
      ) : null}
      {refusal ? <Notice tone="warning" title={t(`refused.${refusal}`)} body="" /> : null}
      <OtherUsulan codes={ticket.otherUsulan} />
      <TicketFacts ticket={ticket} locale={locale} />
      <TicketHistory ticket={ticket} locale={locale} />
      <MoveTicketForm ticket={ticket} action={moveTicketAction} />
    </div>
  );
}
