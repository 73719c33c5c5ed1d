import { getTranslations } from 'next-intl/server';
import { type TrackingView, ticketStates, type TicketStateName } from '@/lib/tickets';

type TrackingStepsProps = { ticket: TrackingView; formatDate: (iso: string) => string };

// The usual path of a ticket, each step marked done, now or not yet; a rejection ends it.
const usualPath: TicketStateName[] = ticketStates.filter((state) => state !== 'DITOLAK');

export async function TrackingSteps({ ticket, formatDate }: TrackingStepsProps) {
  const t = await getTranslations('Tracking');
  const reached = new Map(ticket.steps.map((step) => [step.state, step]));
  const path: TicketStateName[] =
    ticket.state === 'DITOLAK' ? [...usualPath.filter((state) => reached.has(state)), 'DITOLAK'] : usualPath;
  return (
    <section aria-labelledby="steps" className="space-y-2">
      <h2 id="steps" className="text-xl font-bold">
        {t('result.stepsHeading')}
      </h2>
      <ol className="space-y-3">
        {path.map((state) => {
          const step = reached.get(state);
          const status = state === ticket.state ? 'current' : step ? 'done' : 'upcoming';
          return (
            <li
              key={state}
              className={`border-l-4 pl-3 ${status === 'upcoming' ? 'border-gray-300 text-muted' : 'border-brand-700'}`}
            >
              <p className="font-bold">
                {t(`states.${state}.title`)} <span className="font-normal">({t(`result.${status}`)})</span>
              </p>
              {step ? <p>{formatDate(step.at)}</p> : null}
              {step?.musdesAgreed === true ? <p>{t('result.musdesAgreed')}</p> : null}
              {step?.musdesAgreed === false ? <p>{t('result.musdesNotAgreed')}</p> : null}
              {step?.reason ? <p>{t('result.reason', { reason: step.reason })}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
