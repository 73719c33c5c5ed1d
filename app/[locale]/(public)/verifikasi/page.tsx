import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { SlipSheet } from '@/components/slips/SlipSheet';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { verifySlipForPublic } from '@/lib/slips';

type VerifyPageProps = { params: LocaleParams; searchParams: Promise<{ kode?: string | string[] }> };

export const generateMetadata = unlistedMetadata((t) => t('Slip.verifyMetaTitle'));

// Anyone holding a result slip checks it here. The code travels in the query (it is not
// personal); the form is a plain GET, so it works without JavaScript.
export default async function VerifyPage({ params, searchParams }: VerifyPageProps) {
  await enterLocale(params);
  const t = await getTranslations('Slip');
  const { kode } = await searchParams;
  const typed = (Array.isArray(kode) ? kode[0] : kode)?.slice(0, 40) ?? '';
  const outcome = typed.trim() === '' ? null : await verifySlipForPublic(typed, await headers());

  return (
    <div className="space-y-6">
      <PageHeading>{t('verifyTitle')}</PageHeading>
      <p className="text-lg">{t('verifyIntro')}</p>
      <form method="get" className="space-y-4" role="search">
        <TextField
          id="kode"
          label={t('codeLabel')}
          hint={t('codeHint')}
          error={outcome?.kind === 'invalid' ? t('invalidCode') : undefined}
          inputProps={{
            name: 'kode',
            defaultValue: typed,
            autoComplete: 'off',
            autoCapitalize: 'characters',
            spellCheck: false,
            maxLength: 20,
          }}
        />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
      {outcome?.kind === 'limited' ? (
        <Notice tone="warning" title={t('limitedTitle')} body={t('limitedBody')} />
      ) : null}
      {outcome?.kind === 'unknown' ? (
        <Notice tone="warning" title={t('unknownTitle')} body={t('unknownBody')} />
      ) : null}
      {outcome?.kind === 'genuine' ? (
        <section aria-labelledby="slip-found" className="space-y-4 rounded-md border-2 border-brand-700 p-4">
          <h2 id="slip-found" className="text-2xl font-bold">
            {t('genuineTitle')}
          </h2>
          <p>{t('genuineBody')}</p>
          <SlipSheet slip={outcome.slip} place={outcome.place} headingLevel="h3" />
        </section>
      ) : null}
    </div>
  );
}
