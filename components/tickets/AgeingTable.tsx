import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/DataTable';
import { type VillageAgeing, ticketStates } from '@/lib/tickets';

const openStates = ticketStates.filter((state) => state !== 'SELESAI' && state !== 'DITOLAK');

export async function AgeingTable({ villages }: { villages: VillageAgeing[] }) {
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  return (
    <DataTable
      caption={t('ageingTitle')}
      captionHidden
      rowHeaders
      columns={[
        { key: 'village', label: t('ageingColumns.village') },
        { key: 'open', label: t('ageingColumns.open'), numeric: true },
        ...openStates.map((state) => ({ key: state, label: states(`${state}.title`), numeric: true })),
        { key: 'oldest', label: t('ageingColumns.oldest'), numeric: true },
        { key: 'average', label: t('ageingColumns.average'), numeric: true },
      ]}
      rows={villages.map((village) => ({
        key: village.villageCode,
        cells: [
          <span key="village">
            {village.villageName} <span className="text-muted">({village.villageCode})</span>
          </span>,
          village.open,
          ...openStates.map((state) => village.byState[state] ?? 0),
          village.oldestDays,
          village.averageDays,
        ],
      }))}
      empty={<p>{t('ageingEmpty')}</p>}
    />
  );
}
