import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AppLink } from '@/components/ui/AppLink';
import { DataTable } from '@/components/ui/DataTable';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { requireStaff } from '@/lib/staff/next';
import { importReportFor, type ReasonCount } from '@/lib/import';
import { parseRecordId } from '@/lib/forms';

export const dynamicParams = true;

type ReportPageProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Import' });
  return { title: t('reportTitle'), robots: { index: false } };
}

function ReasonTable({
  caption,
  reasons,
  text,
  headings,
}: {
  caption: string;
  reasons: ReasonCount[];
  text: (reason: ReasonCount) => string;
  headings: [string, string];
}) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'reason', label: headings[0] },
        { key: 'count', label: headings[1], numeric: true },
      ]}
      rows={reasons.map((reason) => ({ key: reason.code, cells: [text(reason), reason.count] }))}
    />
  );
}

export default async function ImportReportPage({ params }: ReportPageProps) {
  const { id } = await params;
  await enterLocale(params);
  const staff = await requireStaff('import');
  const snapshotId = parseRecordId(id);
  const report = snapshotId === null ? null : await importReportFor(staff, snapshotId);
  if (!report) notFound();
  const t = await getTranslations('Import');
  const reason = (entry: ReasonCount) => t(`reasons.${entry.code}`);
  const headings: [string, string] = [t('reasonColumn'), t('countColumn')];

  return (
    <div className="max-w-2xl space-y-5">
      <PageHeading>{t('reportTitle')}</PageHeading>
      {report.state === 'FAILED' ? (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-gray-50 p-4">
          <p className="text-lg font-bold">{t('failedTitle')}</p>
        </div>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('snapshot')}</dt>
        <dd>{report.label}</dd>
        <dt className="font-bold">{t('file')}</dt>
        <dd className="break-all">{report.fileName}</dd>
        <dt className="font-bold">{t('state')}</dt>
        <dd>{t(`states.${report.state}`)}</dd>
        <dt className="font-bold">{t('rowsRead')}</dt>
        <dd>{report.rowsRead}</dd>
        <dt className="font-bold">{t('rowsAccepted')}</dt>
        <dd>{report.rowsAccepted}</dd>
        <dt className="font-bold">{t('rowsRejected')}</dt>
        <dd>{report.rowsRejected}</dd>
      </dl>
      {report.rejected.length > 0 ? (
        <section className="space-y-2">
          <ReasonTable
            caption={t('rejectedHeading')}
            reasons={report.rejected}
            text={reason}
            headings={headings}
          />
          <p>
            <a href={`${report.snapshotId}/ditolak`} className="font-bold text-brand-800 underline" download>
              {t('downloadRejected')}
            </a>
          </p>
        </section>
      ) : null}
      {report.flagged.length > 0 ? (
        <ReasonTable
          caption={t('flaggedHeading')}
          reasons={report.flagged}
          text={reason}
          headings={headings}
        />
      ) : null}
      {report.state !== 'FAILED' ? (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('changesHeading')}</h2>
          {report.changes === null ? (
            <p>{t('changesFirst')}</p>
          ) : report.changes.length === 0 ? (
            <p>{t('changesNone')}</p>
          ) : (
            <>
              <DataTable
                caption={t('changesHeading')}
                captionHidden
                rowHeaders
                columns={[
                  { key: 'village', label: t('villageColumn') },
                  { key: 'entered', label: t('enteredColumn'), numeric: true },
                  { key: 'left', label: t('leftColumn'), numeric: true },
                  { key: 'changed', label: t('changedColumn'), numeric: true },
                ]}
                rows={report.changes.map((village) => ({
                  key: village.villageCode,
                  cells: [
                    `${village.villageName} (${village.villageCode})`,
                    village.entered,
                    village.left,
                    village.changed,
                  ],
                }))}
              />
              <p>
                <a
                  href={`${report.snapshotId}/perubahan`}
                  className="font-bold text-brand-800 underline"
                  download
                >
                  {t('downloadChanges')}
                </a>
              </p>
            </>
          )}
        </section>
      ) : null}
      <p>
        <AppLink href="/petugas/impor" className="font-bold text-brand-800 underline">
          {t('newImport')}
        </AppLink>
      </p>
    </div>
  );
}
