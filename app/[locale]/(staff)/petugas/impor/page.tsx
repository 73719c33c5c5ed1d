import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { registrySources } from '@/lib/registry';
import { requireStaff } from '@/lib/staff/next';
import { fileVerdictCodes, uploadFields, type FileVerdictCode, type UploadField } from '@/lib/import';

type ImportPageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('Import.metaTitle'));

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export default async function ImportPage({ params, searchParams }: ImportPageProps) {
  const locale = await enterLocale(params);
  await requireStaff('import');
  const t = await getTranslations('Import');
  const query = await searchParams;
  const invalid = single(query.isian)
    .split(',')
    .filter((field): field is UploadField => uploadFields.some((known) => known === field));
  const problem = fileVerdictCodes.find((code): code is FileVerdictCode => code === single(query.masalah));
  const columns = single(query.kolom);
  const errorOf = (field: UploadField) => (invalid.includes(field) ? t(`errors.${field}`) : undefined);

  return (
    <div className="max-w-xl space-y-5">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      {invalid.length > 0 ? (
        <ErrorSummary
          title={t('errorSummary')}
          errors={invalid.map((field) => ({ fieldId: field, message: t(`errors.${field}`) }))}
        />
      ) : null}
      {problem ? (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-gray-50 p-4">
          <p className="text-lg font-bold">{t('badFileTitle')}</p>
          <p>{t(`fileProblems.${problem}`)}</p>
          {columns ? <p>{t('columns', { columns: columns.replace(/,/g, ', ') })}</p> : null}
        </div>
      ) : null}
      {single(query.sama) ? (
        <Notice tone="info" title={t('unchangedTitle')} body={t('unchangedBody')} />
      ) : null}
      {/* A plain multipart post to a streaming route handler: big files never sit in memory. */}
      <form
        action={`/api/impor?bahasa=${locale}`}
        method="post"
        encType="multipart/form-data"
        className="space-y-4"
      >
        <fieldset className={errorOf('source') ? 'border-l-4 border-red-700 pl-3' : undefined}>
          <legend className="text-lg font-bold">{t('sourceLegend')}</legend>
          {errorOf('source') ? <p className="font-bold text-red-800">{errorOf('source')}</p> : null}
          {registrySources.map((source, index) => (
            <label key={source} className="mt-2 flex items-center gap-2 text-lg">
              <input
                id={index === 0 ? 'source' : undefined}
                type="radio"
                name="source"
                value={source}
                required
                className="h-6 w-6"
              />
              {t(`source${source}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          id="period"
          label={t('periodLabel')}
          hint={t('periodHint')}
          error={errorOf('period')}
          inputProps={{ name: 'period', required: true, maxLength: 32, pattern: '[A-Za-z0-9_ .\\-]{1,32}' }}
        />
        <TextField
          id="label"
          label={t('labelLabel')}
          hint={t('labelHint')}
          error={errorOf('label')}
          inputProps={{ name: 'label', maxLength: 120 }}
        />
        <TextField
          id="file"
          label={t('fileLabel')}
          hint={t('fileHint')}
          error={errorOf('file')}
          inputProps={{ name: 'file', type: 'file', accept: '.csv,text/csv', required: true }}
        />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
