import { getTranslations } from 'next-intl/server';
import { periodLabel } from '@/components/lookup/period-label';
import { DataTable } from '@/components/ui/DataTable';
import type { PersonRecord } from '@/lib/lookup';

// Every programme listing by period, newest first, with the registry's remark.
export async function ProgrammeHistory({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
  return (
    <section aria-labelledby="program" className="space-y-2">
      <h2 id="program" className="text-xl font-bold">
        {t('programmesHeading')}
      </h2>
      <DataTable
        caption={t('programmesHeading')}
        captionHidden
        dense
        columns={[
          { key: 'period', label: t('periodColumn') },
          { key: 'programme', label: t('programmeColumn') },
          { key: 'received', label: t('receivedColumn') },
          { key: 'remark', label: t('remarkColumn') },
        ]}
        rows={record.programmes.map((listing) => ({
          key: `${listing.period}-${listing.code}-${listing.snapshotActive}`,
          cells: [
            periodLabel(result, listing.period),
            listing.name,
            <strong key="received">{listing.received ? result('yes') : result('no')}</strong>,
            listing.remark,
          ],
        }))}
        empty={<p>{t('programmesNone')}</p>}
      />
    </section>
  );
}
