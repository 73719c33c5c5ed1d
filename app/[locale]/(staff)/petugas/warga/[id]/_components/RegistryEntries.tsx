import { getTranslations } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/DataTable';
import type { PersonRecord } from '@/lib/lookup';

// DTKS and DTSEN entries of every visible snapshot, the current one marked.
export async function RegistryEntries({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
  const entryColumns: DataColumn[] = [
    { key: 'snapshot', label: t('snapshotColumn') },
    { key: 'period', label: t('periodColumn') },
    { key: 'active', label: t('activeColumn') },
  ];
  const entryCells = (entry: { snapshot: string; period: string; active: boolean }) => [
    entry.snapshot,
    entry.period,
    entry.active ? t('activeYes') : t('activeNo'),
  ];
  return (
    <section aria-labelledby="registri" className="space-y-3">
      <h2 id="registri" className="text-xl font-bold">
        {t('registriesHeading')}
      </h2>
      <p>
        <strong>{t('stateHeading')}:</strong> {result(`states.${record.status.state}.title`)}
        {record.welfare
          ? ` · ${t('desil', { desil: record.welfare.desil, group: result(`groups.${record.welfare.group}`) })}`
          : ''}
      </p>
      <DataTable
        caption="DTKS"
        dense
        columns={[...entryColumns, { key: 'status', label: t('dtksColumn') }]}
        rows={record.dtks.map((entry) => ({
          key: `${entry.snapshot}-${entry.period}`,
          cells: [...entryCells(entry), result(`dtksStatus.${entry.status}`)],
        }))}
        empty={<p>{t('dtksNone')}</p>}
      />
      <DataTable
        caption="DTSEN"
        dense
        columns={[
          ...entryColumns,
          { key: 'desil', label: t('desilColumn'), numeric: true },
          { key: 'group', label: t('groupColumn') },
        ]}
        rows={record.dtsen.map((entry) => ({
          key: `${entry.snapshot}-${entry.period}`,
          cells: [...entryCells(entry), entry.desil, result(`groups.${entry.group}`)],
        }))}
        empty={<p>{t('dtsenNone')}</p>}
      />
    </section>
  );
}
