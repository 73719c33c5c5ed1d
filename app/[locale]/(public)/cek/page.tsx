import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { ProofOfWork } from '@/components/lookup/ProofOfWork';
import { RegionPicker } from '@/components/regions/RegionPicker';
import { DateOfBirthField } from '@/components/ui/DateOfBirthField';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { formCookie, type LookupField } from '@/lib/lookup';
import { newFormToken } from '@/lib/gate';
import {
  regionDataVersion,
  rememberedRegionCookieName,
  rememberedSelection,
  firstMissingRegionLevel,
  regionOptionsFor,
} from '@/lib/regions';
import { lookupResident } from './actions';

type LookupPageProps = { params: LocaleParams };

export async function generateMetadata({ params }: LookupPageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Lookup' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

const regionIdPrefix = 'wilayah';

export default async function LookupPage({ params }: LookupPageProps) {
  await enterLocale(params);
  const t = await getTranslations('Lookup');
  const { Regions: regionText } = await getMessages();
  const jar = await cookies();
  const flash = formCookie.read(jar);
  const selection = await rememberedSelection(jar.get(rememberedRegionCookieName)?.value);
  const options = await regionOptionsFor(selection);
  const values = flash?.values ?? { fullName: '', birthDay: '', birthMonth: '', birthYear: '' };
  const errors = flash?.kind === 'invalid' ? flash.errors : {};
  const errorText = (field: LookupField) => {
    const key = errors[field];
    return key ? t(`errors.${key}`) : undefined;
  };
  // Error summary links go to the field to fix; for the region, the first select not chosen yet.
  const fieldIds: Record<LookupField, string> = {
    villageCode: `${regionIdPrefix}-${firstMissingRegionLevel(selection)}`,
    fullName: 'fullName',
    birthDate: 'birthDay',
    nik: 'nik',
  };
  const summary = (['villageCode', 'fullName', 'birthDate', 'nik'] as const).flatMap((field) => {
    const message = errorText(field);
    return message ? [{ fieldId: fieldIds[field], message }] : [];
  });

  return (
    <div className="space-y-6">
      <PageHeading>{t('title')}</PageHeading>
      <p className="text-lg">{t('intro')}</p>
      <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      {flash?.kind === 'proof-failed' ? (
        <Notice tone="warning" title={t('proofFailedTitle')} body={t('proofFailedBody')} />
      ) : null}
      {flash?.kind === 'service-error' ? (
        <Notice tone="warning" title={t('serviceErrorTitle')} body={t('serviceErrorBody')} />
      ) : null}

      <form id="formulir" action={lookupResident} noValidate className="space-y-8">
        <fieldset id={regionIdPrefix} className="space-y-4">
          <legend className="text-2xl font-bold">{t('regionHeading')}</legend>
          <RegionPicker
            selection={selection}
            options={options}
            error={errorText('villageCode')}
            text={regionText}
            dataVersion={regionDataVersion}
            idPrefix={regionIdPrefix}
          />
        </fieldset>

        <fieldset className="space-y-6">
          <legend className="text-2xl font-bold">{t('personHeading')}</legend>
          <TextField
            id="fullName"
            label={t('nameLabel')}
            hint={t('nameHint')}
            error={errorText('fullName')}
            inputProps={{
              name: 'fullName',
              defaultValue: values.fullName,
              autoComplete: 'name',
              maxLength: 100,
            }}
          />
          <DateOfBirthField
            legend={t('birthDateLabel')}
            hint={t('birthDateHint')}
            error={errorText('birthDate')}
            labels={{ day: t('day'), month: t('month'), year: t('year') }}
            values={{ day: values.birthDay, month: values.birthMonth, year: values.birthYear }}
          />
          <TextField
            id="nik"
            label={t('nikLabel')}
            hint={t('nikHint')}
            error={errorText('nik')}
            inputProps={{ name: 'nik', inputMode: 'numeric', autoComplete: 'off', maxLength: 20 }}
          />
        </fieldset>

        <ProofOfWork label={t('proofLabel')} hint={t('proofHint')} formToken={newFormToken()} />
        <p className="text-muted">{t('privacy')}</p>
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
