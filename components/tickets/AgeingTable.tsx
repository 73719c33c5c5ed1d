import { getTranslations } from 'next-intl/server';
import type { VillageAgeing } from '@/lib/tickets/staff-queries';
import { ticketStates } from '@/lib/tickets/transitions';

const openStates = ticketStates.filter((state) => state !== 'SELESAI' && state !== 'DITOLAK');

export async function AgeingTable({ villages }: { villages: VillageAgeing[] }) {
  const t = await getTranslations('StaffTickets');
  const states = await getTranslations('Tracking.states');
  if (villages.length === 0) return <p>{t('ageingEmpty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t('ageingColumns.village')}
            </th>
            <th scope="col" className="p-2">
              {t('ageingColumns.open')}
            </th>
            {openStates.map((state) => (
              <th key={state} scope="col" className="p-2">
                {states(`${state}.title`)}
              </th>
            ))}
            <th scope="col" className="p-2">
              {t('ageingColumns.oldest')}
            </th>
            <th scope="col" className="p-2">
              {t('ageingColumns.average')}
            </th>
          </tr>
        </thead>
        <tbody>
          {villages.map((village) => (
            <tr key={village.villageCode} className="border-b border-gray-300">
              <th scope="row" className="p-2 font-normal">
                {village.villageName} <span className="text-muted">({village.villageCode})</span>
              </th>
              <td className="p-2">{village.open}</td>
              {openStates.map((state) => (
                <td key={state} className="p-2">
                  {village.byState[state] ?? 0}
                </td>
              ))}
              <td className="p-2">{village.oldestDays}</td>
              <td className="p-2">{village.averageDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
