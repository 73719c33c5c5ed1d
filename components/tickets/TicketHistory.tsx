import { getTranslations } from 'next-intl/server';
import type { TicketDetail } from '@/lib/tickets';
import { formatDateTime } from '@/lib/formats';

// Every move with who made it and when.
export async function TicketHistory({ ticket, locale }: { ticket: TicketDetail; locale: string }) {
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  return (
    <section aria-labelledby="riwayat" className="space-y-2">
      <h2 id="riwayat" className="text-xl font-bold">
        {t('historyHeading')}
      </h2>
      <ol className="space-y-3">
        {ticket.events.map((event, index) => (
          <li key={index} className="border-l-4 border-brand-700 pl-3" data-event={event.toState}>
            <p className="font-bold">
              {event.fromState ? `${states(`${event.fromState}.title`)} → ` : ''}
              {states(`${event.toState}.title`)}
            </p>
            <p>
              {formatDateTime(event.at, locale)} · {event.actor ?? t('resident')}
            </p>
            {event.musdesAgreed === true ? <p>{t('musdesAgreed')}</p> : null}
            {event.musdesAgreed === false ? <p>{t('musdesNotAgreed')}</p> : null}
            {event.note ? <p className="whitespace-pre-line">{event.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
