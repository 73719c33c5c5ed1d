import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { VillageField } from '@/components/staff/VillageField';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { assistedSearchFor, defaultPurpose, summariesFor, type AssistedSearchField } from '@/lib/lookup';
import { staffVillages } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { SearchResults } from './_components/SearchResults';
import { searchResident } from './actions';

type PageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Assisted.metaTitle'));

export default async function AssistedLookupPage({ params }: PageProps) {
  await enterLocale(params);
  const session = await requireStaff('lookup');
  const t = await getTranslations('Assisted');
  const state = assistedSearchFor(session.userId, await cookies());
  const choices = await staffVillages(session);
  const firstVillage =
    choices?.length === 1 && choices[0]?.villages.length === 1 ? choices[0].villages[0]?.code : '';
  const values = state?.values ?? { villageCode: firstVillage ?? '', fullName: '', purpose: defaultPurpose };
  const errors = state?.kind === 'invalid' ? state.errors : {};
  const errorText = (field: AssistedSearchField) => {
    const key = errors[field];
    return key ? t(`errors.${key}`) : undefined;
  };
  const summary = (['villageCode', 'fullName', 'nik', 'purpose', 'consent'] as const).flatMap((field) => {
    const message = errorText(field);
    return message ? [{ fieldId: field, message }] : [];
  });
  const outcome = state?.kind === 'done' ? state.outcome : null;
  const residents = outcome
    ? await summariesFor(
        session,
        outcome.matches.map((match) => match.personId),
      )
    : [];

  return (
    <div className="space-y-6">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      <form id="formulir" action={searchResident} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <VillageField
            id="villageCode"
            name="villageCode"
            choices={choices}
            value={values.villageCode}
            label={t('villageLabel')}
            codeLabel={t('villageLabel')}
            codeHint={t('villageCodeHint')}
            emptyLabel={t('villageChoose')}
            error={errorText('villageCode')}
          />
          <TextField
            id="fullName"
            label={t('nameLabel')}
            hint={t('nameHint')}
            error={errorText('fullName')}
            inputProps={{
              name: 'fullName',
              defaultValue: values.fullName,
              autoComplete: 'off',
              maxLength: 100,
            }}
          />
          <TextField
            id="nik"
            label={t('nikLabel')}
            hint={t('nikHint')}
            error={errorText('nik')}
            inputProps={{ name: 'nik', inputMode: 'numeric', autoComplete: 'off', maxLength: 20 }}
          />
          <TextField
            id="purpose"
            label={t('purposeLabel')}
            hint={t('purposeHint')}
            error={errorText('purpose')}
            inputProps={{ name: 'purpose', defaultValue: values.purpose, maxLength: 200, required: true }}
          />
        </div>
        <div className={errorText('consent') ? 'border-l-4 border-red-700 pl-3' : undefined}>
          {errorText('consent') ? (
            <p id="consent-error" className="font-bold text-red-800">
              {errorText('consent')}
            </p>
          ) : null}
          <p className="flex items-start gap-3">
            <input
              id="consent"
              type="checkbox"
              name="consent"
              value="ya"
              required
              aria-describedby={errorText('consent') ? 'consent-hint consent-error' : 'consent-hint'}
              className="mt-1 h-6 w-6"
            />
            <label htmlFor="consent" className="font-bold">
              {t('consentLabel')}
            </label>
          </p>
          <p id="consent-hint" className="text-muted">
            {t('consentHint')}
          </p>
        </div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
      {outcome ? <SearchResults outcome={outcome} residents={residents} /> : null}
    </div>
  );
}
