import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/DataTable';
import type { AuditRow } from '@/lib/review';

// Dense on purpose: Dinsos staff scan many rows. No names or NIKs: the audit has none.
export async function AuditTable({ rows, names }: { rows: AuditRow[]; names: Map<string, string> }) {
  const t = await getTranslations('Review');
  return (
    <DataTable
      caption={t('auditTitle')}
      captionHidden
      dense
      columns={[
        { key: 'time', label: t('timeColumn'), cellClassName: 'whitespace-nowrap' },
        { key: 'village', label: t('villageColumn') },
        { key: 'channel', label: t('channelColumn') },
        { key: 'result', label: t('resultColumn') },
        { key: 'matches', label: t('matchesColumn'), numeric: true },
        { key: 'reference', label: t('referenceColumn'), cellClassName: 'font-mono whitespace-nowrap' },
        { key: 'operator', label: t('operatorColumn') },
        { key: 'purpose', label: t('purposeColumn') },
        { key: 'consent', label: t('consentColumn') },
        { key: 'programmes', label: t('programmesColumn') },
      ]}
      rows={rows.map((row) => ({
        key: row.id,
        cells: [
          row.at,
          names.get(row.villageCode) ?? row.villageCode,
          t(`channels.${row.channel}`),
          t(`results.${row.result}`),
          row.matchCount,
          row.reference ?? '',
          row.operator ?? '',
          row.purpose ?? '',
          row.consent === null ? '' : row.consent ? t('yes') : t('no'),
          row.programmeCodes.join(', '),
        ],
      }))}
      empty={<p data-outcome="empty">{t('empty')}</p>}
    />
  );
}
