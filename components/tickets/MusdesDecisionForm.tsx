import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { MusdesItem } from '@/lib/tickets';
import { ChoiceField } from './ChoiceField';
import { formatDate } from '@/lib/formats';
import { TextAreaField } from './TextAreaField';

type MusdesDecisionFormProps = {
  villageCode: string;
  items: MusdesItem[];
  locale: string;
  action: (form: FormData) => Promise<void>;
};

const decisions = ['agreed', 'not-agreed', 'skip'] as const;

// The printable agenda and, under it, one form that records the meeting's decision for
// every usulan at once (printing hides the form's controls).
export async function MusdesDecisionForm({ villageCode, items, locale, action }: MusdesDecisionFormProps) {
  const t = await getTranslations('StaffTickets');
  if (items.length === 0) return <p>{t('musdesEmpty')}</p>;
  return (
    <div className="space-y-6">
      <p className="print:hidden">
        {t('print')}{' '}
        <a href={`/api/tiket/musdes?desa=${villageCode}`} download className="font-bold">
          {t('downloadCsv')}
        </a>
      </p>
      <form action={action} className="space-y-6">
        <input type="hidden" name="villageCode" value={villageCode} />
        <ol className="space-y-6">
          {items.map((item) => (
            <li key={item.code} className="space-y-3 border-b-2 border-gray-300 pb-4" data-usulan={item.code}>
              <input type="hidden" name="codes" value={item.code} />
              <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[10rem_1fr]">
                <dt className="font-bold">{t('musdesColumns.code')}</dt>
                <dd className="font-mono">{item.code}</dd>
                <dt className="font-bold">{t('musdesColumns.applicant')}</dt>
                <dd>{item.applicantName}</dd>
                <dt className="font-bold">{t('musdesColumns.address')}</dt>
                <dd>{item.address}</dd>
                <dt className="font-bold">{t('musdesColumns.members')}</dt>
                <dd>{item.members.join(', ')}</dd>
                <dt className="font-bold">{t('musdesColumns.reasons')}</dt>
                <dd>{item.reasons}</dd>
                <dt className="font-bold">{t('musdesColumns.filed')}</dt>
                <dd>{formatDate(item.filedAt, locale)}</dd>
              </dl>
              <div className="space-y-3 print:hidden">
                <ChoiceField
                  name={`decision-${item.code}`}
                  legend={t('decisionLabel', { code: item.code })}
                  selected="skip"
                  options={decisions.map((value) => ({ value, label: t(`decisions.${value}`) }))}
                />
                <TextAreaField
                  id={`reason-${item.code}`}
                  label={t('reasonLabel', { code: item.code })}
                  textareaProps={{ name: `reason-${item.code}`, rows: 2, maxLength: 600 }}
                />
              </div>
            </li>
          ))}
        </ol>
        <div className="space-y-4 print:hidden">
          <TextAreaField
            id="minutes"
            label={t('minutesLabel')}
            hint={t('minutesHint')}
            textareaProps={{ name: 'minutes', rows: 3, maxLength: 600 }}
          />
          <SubmitButton>{t('recordDecisions')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
