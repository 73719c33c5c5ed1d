import { getTranslations } from 'next-intl/server';
import { ProofOfWork } from '@/components/lookup/ProofOfWork';
import { DateOfBirthField } from '@/components/ui/DateOfBirthField';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { newFormToken } from '@/lib/gate';
import { lookupResident } from '../actions';

type RetryWithBirthDateProps = { villageCode: string; typedName: string };

// The not-found answer's invitation: the same village, the name (editable), and now
// the date of birth, which allows the more tolerant search.
export async function RetryWithBirthDate({ villageCode, typedName }: RetryWithBirthDateProps) {
  const t = await getTranslations('Lookup');
  const r = await getTranslations('Result');
  return (
    <form action={lookupResident} noValidate className="space-y-4">
      <input type="hidden" name="villageCode" value={villageCode} />
      <TextField
        id="fullName"
        label={t('nameLabel')}
        hint={t('nameHint')}
        inputProps={{ name: 'fullName', defaultValue: typedName, autoComplete: 'name', maxLength: 100 }}
      />
      <DateOfBirthField
        legend={t('birthDateLabel')}
        hint={t('birthDateHint')}
        labels={{ day: t('day'), month: t('month'), year: t('year') }}
        values={{ day: '', month: '', year: '' }}
      />
      <ProofOfWork label={t('proofLabel')} hint={t('proofHint')} formToken={newFormToken()} />
      <SubmitButton>{r('notFound.retry')}</SubmitButton>
    </form>
  );
}
