import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/DataTable';
import { ScrollArea } from '@/components/ui/ScrollArea';
import type { PersonRecord } from '@/lib/lookup/assisted';

// DTKS and DTSEN entries of every visible snapshot, the current one marked.
export async function RegistryEntries({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
  const entryHeaders = [t('snapshotColumn'), t('periodColumn'), t('activeColumn')];
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
      <ScrollArea label={'DTKS'}>
        {record.dtks.length === 0 ? (
          <p>{t('dtksNone')}</p>
        ) : (
          <DataTable
            caption="DTKS"
            headers={[...entryHeaders, t('dtksColumn')]}
            rows={record.dtks.map((entry) => ({
              key: `${entry.snapshot}-${entry.period}`,
              cells: [...entryCells(entry), result(`dtksStatus.${entry.status}`)],
            }))}
          />
        )}
      </ScrollArea>
      <ScrollArea label={'DTSEN'}>
        {record.dtsen.length === 0 ? (
          <p>{t('dtsenNone')}</p>
        ) : (
          <DataTable
            caption="DTSEN"
            headers={[...entryHeaders, t('desilColumn'), t('groupColumn')]}
            rows={record.dtsen.map((entry) => ({
              key: `${entry.snapshot}-${entry.period}`,
              cells: [...entryCells(entry), entry.desil, result(`groups.${entry.group}`)],
            }))}
          />
        )}
      </ScrollArea>
    </section>
  );
}
