import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { ProofOfWork } from '@/components/lookup/ProofOfWork';
import { DateOfBirthField } from '@/components/ui/DateOfBirthField';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { newFormToken } from '@/lib/gate';
import { trackingFormCookie } from '@/lib/tickets';
import { trackTicketAction } from './actions';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  return { title: t('metaTitle') };
}

export default async function TrackingPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Tracking');
  const flash = trackingFormCookie.read(await cookies());
  const errors = flash?.kind === 'invalid' ? flash.errors : {};
  const summary = [
    ...(errors.code ? [{ fieldId: 'code', message: t('codeError') }] : []),
    ...(errors.birthDate ? [{ fieldId: 'birthDay', message: t('birthDateError') }] : []),
  ];
  return (
    <div className="space-y-6">
      <PageHeading>{t('title')}</PageHeading>
      <p className="text-lg">{t('intro')}</p>
      <ErrorSummary title={t('errorSummaryTitle')} errors={summary} />
      {flash?.kind === 'not-found' ? (
        <Notice tone="warning" title={t('notFoundTitle')} body={t('notFoundBody')} />
      ) : null}
      {flash?.kind === 'proof-failed' ? (
        <Notice tone="warning" title={t('proofFailedTitle')} body={t('proofFailedBody')} />
      ) : null}
      {flash?.kind === 'service-error' ? (
        <Notice tone="warning" title={t('serviceErrorTitle')} body={t('serviceErrorBody')} />
      ) : null}
      {/* A fresh key each time: the proof of work passes once, so a second try needs a new one. */}
      <form key={randomUUID()} id="formulir" action={trackTicketAction} noValidate className="space-y-6">
        <TextField
          id="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          error={errors.code ? t('codeError') : undefined}
          inputProps={{
            name: 'code',
            defaultValue: flash?.code ?? '',
            autoComplete: 'off',
            autoCapitalize: 'characters',
            maxLength: 12,
          }}
        />
        <DateOfBirthField
          legend={t('birthDateLabel')}
          hint={t('birthDateHint')}
          error={errors.birthDate ? t('birthDateError') : undefined}
          labels={{ day: t('day'), month: t('month'), year: t('year') }}
          values={{ day: '', month: '', year: '' }}
        />
        <ProofOfWork label={t('proofLabel')} hint={t('proofHint')} formToken={newFormToken()} />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
