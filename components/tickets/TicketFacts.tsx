import { getTranslations } from 'next-intl/server';
import { correctionTypes, objectionReasons, type TicketDetail } from '@/lib/tickets';
import { formatCalendarDay, formatDateTime } from '@/lib/formats';

const detailOrder = [
  'nikMasked',
  'kkMasked',
  'phone',
  'address',
  'reasons',
  'members',
  'recipientName',
  'reasonCategory',
  'correctionType',
  'description',
] as const;

// Staff see the applicant's name and facts (they act on them); NIK and KK only masked.
export async function TicketFacts({ ticket, locale }: { ticket: TicketDetail; locale: string }) {
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  const k = await getTranslations('Tickets');
  const detailText = (field: (typeof detailOrder)[number], value: unknown): string => {
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value !== 'string') return '';
    const reason = objectionReasons.find((known) => known === value);
    if (field === 'reasonCategory' && reason) return k(`reasonCategories.${reason}`);
    const correction = correctionTypes.find((known) => known === value);
    if (field === 'correctionType' && correction) return k(`correctionTypes.${correction}`);
    return value;
  };
  const facts: [string, string][] = [
    [t('facts.kind'), k(`kinds.${ticket.kind}.name`)],
    [t('facts.state'), states(`${ticket.state}.title`)],
    [t('facts.village'), `${ticket.villageName} (${ticket.villageCode})`],
    [t('facts.applicant'), ticket.applicantName],
    [t('facts.birthDate'), formatCalendarDay(ticket.applicantBirthDate, locale)],
    [t('facts.channel'), t(`channels.${ticket.channel}`)],
    [t('facts.filed'), formatDateTime(ticket.filedAt, locale)],
    ...detailOrder.flatMap((field): [string, string][] => {
      const text = detailText(field, ticket.details[field]);
      return text ? [[t(`detailFields.${field}`), text]] : [];
    }),
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="lampiran" className="space-y-2">
        <h2 id="lampiran" className="text-xl font-bold">
          {t('attachmentsHeading')}
        </h2>
        {ticket.attachments.length === 0 ? (
          <p>{t('noAttachments')}</p>
        ) : (
          <ul className="list-disc pl-5">
            {ticket.attachments.map((file) => (
              <li key={file.id}>
                <a href={`/api/tiket/${ticket.code}/lampiran/${file.id}`} download>
                  {t('download', { name: file.originalName })}
                </a>{' '}
                <span className="text-muted">
                  ({file.mediaType}, {Math.ceil(file.sizeBytes / 1024)} KB)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
