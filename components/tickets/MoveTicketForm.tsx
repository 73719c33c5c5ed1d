import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { TicketDetail } from '@/lib/tickets';
import { ChoiceField } from './ChoiceField';
import { TextAreaField } from './TextAreaField';

type MoveTicketFormProps = { ticket: TicketDetail; action: (form: FormData) => Promise<void> };

// Offers only the moves the caller's role may make from the ticket's stage; the service
// checks them again.
export async function MoveTicketForm({ ticket, action }: MoveTicketFormProps) {
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  return (
    <section
      id="pindah"
      aria-labelledby="pindah-judul"
      className="space-y-4 rounded-md border-2 border-brand-700 p-4"
    >
      <h2 id="pindah-judul" className="text-xl font-bold">
        {t('moveHeading')}
      </h2>
      {ticket.nextStates.length === 0 ? (
        <p>{t('noMoves')}</p>
      ) : (
        <form action={action} className="space-y-4">
          <input type="hidden" name="code" value={ticket.code} />
          <input type="hidden" name="expectedState" value={ticket.state} />
          <ChoiceField
            name="to"
            legend={t('toLabel')}
            selected=""
            options={ticket.nextStates.map((state) => ({ value: state, label: states(`${state}.title`) }))}
          />
          {ticket.nextStates.includes('DIPERIKSA_DESA') ? (
            <ChoiceField
              name="musdes"
              legend={t('musdesLabel')}
              selected=""
              options={(['agreed', 'not-agreed'] as const).map((value) => ({
                value,
                label: t(`musdesChoices.${value}`),
              }))}
            />
          ) : null}
          <TextAreaField
            id="note"
            label={t('noteLabel')}
            hint={t('noteHint')}
            textareaProps={{ name: 'note', maxLength: 600 }}
          />
          <SubmitButton>{t('move')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
