import { ScrollArea } from '@/components/ui/ScrollArea';
import { getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/review';

const cell = 'p-1.5';

// Dense on purpose: Dinsos staff scan many rows. No names or NIKs: the audit has none.
export async function AuditTable({ rows, names }: { rows: AuditRow[]; names: Map<string, string> }) {
  const t = await getTranslations('Review');
  if (rows.length === 0) return <p data-outcome="empty">{t('empty')}</p>;
  return (
    <ScrollArea label={t('auditTitle')}>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              {t('timeColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('villageColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('channelColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('resultColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('matchesColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('referenceColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('operatorColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('purposeColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('consentColumn')}
            </th>
            <th scope="col" className={cell}>
              {t('programmesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-300 align-top">
              <td className={`${cell} whitespace-nowrap`}>{row.at}</td>
              <td className={cell}>{names.get(row.villageCode) ?? row.villageCode}</td>
              <td className={cell}>{t(`channels.${row.channel}`)}</td>
              <td className={cell}>{t(`results.${row.result}`)}</td>
              <td className={cell}>{row.matchCount}</td>
              <td className={`${cell} font-mono whitespace-nowrap`}>{row.reference ?? ''}</td>
              <td className={cell}>{row.operator ?? ''}</td>
              <td className={cell}>{row.purpose ?? ''}</td>
              <td className={cell}>{row.consent === null ? '' : row.consent ? t('yes') : t('no')}</td>
              <td className={cell}>{row.programmeCodes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
