import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DateOfBirthField } from '@/components/ui/DateOfBirthField';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import {
  type TicketFormValues,
  correctionTypes,
  objectionReasons,
  ticketFields,
  type TicketErrors,
  type TicketField,
  type TicketKindName,
} from '@/lib/tickets';
import { ChoiceField } from './ChoiceField';
import { FileField } from './FileField';
import { TextAreaField } from './TextAreaField';

type TicketFormProps = {
  kind: TicketKindName;
  action: (form: FormData) => Promise<void>;
  // Random per rendering: the same form sent twice lands once.
  submissionKey: string;
  // The village part: the region picker for residents, the operator's villages for staff.
  region: ReactNode;
  // Where the error summary sends the reader for the village.
  villageFieldId: string;
  values: TicketFormValues;
  errors: TicketErrors;
  // The proof-of-work widget on public forms.
  proof?: ReactNode;
};

// One form for the three kinds; which facts it asks for depends on the kind. Works
// without JavaScript: a plain multipart form posted to a server action.
export async function TicketForm(props: TicketFormProps) {
  const { kind, action, submissionKey, region, villageFieldId, values, errors, proof } = props;
  const t = await getTranslations('Tickets');
  const error = (field: TicketField) => {
    const key = errors[field];
    return key ? t(`errors.${key}`) : undefined;
  };
  const fieldIds: Record<TicketField, string> = {
    villageCode: villageFieldId,
    applicantName: 'applicantName',
    applicantBirthDate: 'birthDay',
    nik: 'nik',
    kk: 'kk',
    phone: 'phone',
    address: 'address',
    reasons: 'reasons',
    members: 'members',
    recipientName: 'recipientName',
    reasonCategory: 'reasonCategory',
    correctionType: 'correctionType',
    description: 'description',
    attachments: 'attachments',
    submissionKey: 'submit',
  };
  const summary = ticketFields.flatMap((field) => {
    const message = error(field);
    return message ? [{ fieldId: fieldIds[field], message }] : [];
  });
  const text = (name: keyof TicketFormValues) => values[name] ?? '';

  return (
    // Keyed by the submission key: after a round trip the form (and its proof of work, which
    // passes once) starts afresh instead of keeping a spent proof.
    <form key={submissionKey} action={action} noValidate className="space-y-8" id="formulir">
      <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {region}

      <fieldset className="space-y-6">
        <legend className="text-2xl font-bold">{t('applicantHeading')}</legend>
        <TextField
          id="applicantName"
          label={t('nameLabel')}
          error={error('applicantName')}
          inputProps={{
            name: 'applicantName',
            defaultValue: text('applicantName'),
            autoComplete: 'name',
            maxLength: 100,
          }}
        />
        <DateOfBirthField
          legend={t('birthDateLabel')}
          hint={t('birthDateHint')}
          error={error('applicantBirthDate')}
          labels={{ day: t('day'), month: t('month'), year: t('year') }}
          values={{ day: text('birthDay'), month: text('birthMonth'), year: text('birthYear') }}
        />
        <TextField
          id="nik"
          label={t('nikLabel')}
          hint={t('nikHint')}
          error={error('nik')}
          inputProps={{
            name: 'nik',
            inputMode: 'numeric',
            autoComplete: 'off',
            maxLength: 20,
            defaultValue: text('nik'),
          }}
        />
        <TextField
          id="kk"
          label={kind === 'SANGGAHAN' ? t('kkOptionalLabel') : t('kkLabel')}
          hint={t('kkHint')}
          error={error('kk')}
          inputProps={{
            name: 'kk',
            inputMode: 'numeric',
            autoComplete: 'off',
            maxLength: 20,
            defaultValue: text('kk'),
          }}
        />
        <TextField
          id="phone"
          label={t('phoneLabel')}
          hint={t('phoneHint')}
          error={error('phone')}
          inputProps={{
            name: 'phone',
            type: 'tel',
            autoComplete: 'tel',
            maxLength: 20,
            defaultValue: text('phone'),
          }}
        />
      </fieldset>

      <fieldset className="space-y-6">
        <legend className="text-2xl font-bold">{t('detailsHeading')}</legend>
        {kind === 'USULAN' ? (
          <>
            <TextField
              id="address"
              label={t('addressLabel')}
              hint={t('addressHint')}
              error={error('address')}
              inputProps={{ name: 'address', maxLength: 200, defaultValue: text('address') }}
            />
            <TextAreaField
              id="reasons"
              label={t('reasonsLabel')}
              hint={t('reasonsHint')}
              error={error('reasons')}
              textareaProps={{ name: 'reasons', maxLength: 600, defaultValue: text('reasons') }}
            />
            <TextAreaField
              id="members"
              label={t('membersLabel')}
              hint={t('membersHint')}
              error={error('members')}
              textareaProps={{ name: 'members', rows: 6, defaultValue: text('members') }}
            />
          </>
        ) : null}
        {kind === 'SANGGAHAN' ? (
          <>
            <TextField
              id="recipientName"
              label={t('recipientLabel')}
              hint={t('recipientHint')}
              error={error('recipientName')}
              inputProps={{ name: 'recipientName', maxLength: 100, defaultValue: text('recipientName') }}
            />
            <ChoiceField
              name="reasonCategory"
              legend={t('reasonCategoryLabel')}
              error={error('reasonCategory')}
              selected={text('reasonCategory')}
              options={objectionReasons.map((value) => ({ value, label: t(`reasonCategories.${value}`) }))}
            />
          </>
        ) : null}
        {kind === 'PERBAIKAN_DATA' ? (
          <ChoiceField
            name="correctionType"
            legend={t('correctionTypeLabel')}
            error={error('correctionType')}
            selected={text('correctionType')}
            options={correctionTypes.map((value) => ({ value, label: t(`correctionTypes.${value}`) }))}
          />
        ) : null}
        {kind !== 'USULAN' ? (
          <TextAreaField
            id="description"
            label={t('descriptionLabel')}
            hint={kind === 'SANGGAHAN' ? t('descriptionObjectionHint') : t('descriptionCorrectionHint')}
            error={error('description')}
            textareaProps={{ name: 'description', maxLength: 600, defaultValue: text('description') }}
          />
        ) : null}
        <FileField
          id="attachments"
          label={t('attachmentsLabel')}
          hint={t('attachmentsHint')}
          error={error('attachments')}
        />
      </fieldset>

      {proof}
      <p className="text-muted">{t('privacy')}</p>
      <div id="submit">
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
