import { ScrollArea } from '@/components/ui/ScrollArea';
import { getTranslations } from 'next-intl/server';
import { periodLabel } from '@/components/lookup/period-label';
import type { PersonRecord } from '@/lib/lookup/assisted';

const cell = 'p-2';

// Every programme listing by period, newest first, with the registry's remark.
export async function ProgrammeHistory({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
  return (
    <section aria-labelledby="program" className="space-y-2">
      <h2 id="program" className="text-xl font-bold">
        {t('programmesHeading')}
      </h2>
      {record.programmes.length === 0 ? (
        <p>{t('programmesNone')}</p>
      ) : (
        <ScrollArea label={t('programmesHeading')}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={cell}>
                  {t('periodColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('programmeColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('receivedColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('remarkColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {record.programmes.map((listing) => (
                <tr
                  key={`${listing.period}-${listing.code}-${listing.snapshotActive}`}
                  className="border-b border-gray-300"
                >
                  <td className={cell}>{periodLabel(result, listing.period)}</td>
                  <td className={cell}>{listing.name}</td>
                  <td className={cell}>
                    <strong>{listing.received ? result('yes') : result('no')}</strong>
                  </td>
                  <td className={cell}>{listing.remark}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
