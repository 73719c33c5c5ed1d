import { ScrollArea } from '@/components/ui/ScrollArea';
import { getTranslations } from 'next-intl/server';
import type { PersonRecord } from '@/lib/assisted';

const cell = 'p-2';

// DTKS and DTSEN entries of every visible snapshot, the current one marked.
export async function RegistryEntries({ record }: { record: PersonRecord }) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
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
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-bold">DTKS</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={cell}>
                  {t('snapshotColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('periodColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('activeColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('dtksColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {record.dtks.map((entry) => (
                <tr key={`${entry.snapshot}-${entry.period}`} className="border-b border-gray-300">
                  <td className={cell}>{entry.snapshot}</td>
                  <td className={cell}>{entry.period}</td>
                  <td className={cell}>{entry.active ? t('activeYes') : t('activeNo')}</td>
                  <td className={cell}>{result(`dtksStatus.${entry.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ScrollArea>
      <ScrollArea label={'DTSEN'}>
        {record.dtsen.length === 0 ? (
          <p>{t('dtsenNone')}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-bold">DTSEN</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={cell}>
                  {t('snapshotColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('periodColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('activeColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('desilColumn')}
                </th>
                <th scope="col" className={cell}>
                  {t('groupColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {record.dtsen.map((entry) => (
                <tr key={`${entry.snapshot}-${entry.period}`} className="border-b border-gray-300">
                  <td className={cell}>{entry.snapshot}</td>
                  <td className={cell}>{entry.period}</td>
                  <td className={cell}>{entry.active ? t('activeYes') : t('activeNo')}</td>
                  <td className={cell}>{entry.desil}</td>
                  <td className={cell}>{result(`groups.${entry.group}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ScrollArea>
    </section>
  );
}
