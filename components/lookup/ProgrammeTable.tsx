import { getTranslations } from 'next-intl/server';
import type { ProgrammeLine } from '@/lib/lookup';
import { isProgrammeCode } from '@/lib/registry';
import { periodLabel } from './period-label';

type ProgrammeTableProps = {
  programmes: ProgrammeLine[];
  currentPeriod: string | null;
  previousPeriod: string | null;
};

export async function ProgrammeTable({ programmes, currentPeriod, previousPeriod }: ProgrammeTableProps) {
  const t = await getTranslations('Result');
  const names = await getTranslations('Programmes');
  const cell = (listing: ProgrammeLine['current']) =>
    listing ? (
      <>
        <strong className={listing.received ? 'text-green-800' : 'text-ink'}>
          {listing.received ? t('yes') : t('no')}
        </strong>
        {listing.remark ? <span className="block text-sm text-muted">{listing.remark}</span> : null}
      </>
    ) : (
      <span className="text-sm text-muted">{t('notListed')}</span>
    );
  if (programmes.length === 0) return <p>{t('programmesNone')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('programmesHeading')}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              {t('programmeColumn')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('currentColumn', { period: periodLabel(t, currentPeriod) })}
            </th>
            <th scope="col" className="py-2">
              {t('previousColumn', { period: periodLabel(t, previousPeriod) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((programme) => (
            <tr key={programme.code} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {isProgrammeCode(programme.code) ? (
                  <abbr title={names(`${programme.code}.full`)} className="no-underline">
                    {names(`${programme.code}.name`)}
                  </abbr>
                ) : (
                  programme.code
                )}
              </th>
              <td className="py-2 pr-3">{cell(programme.current)}</td>
              <td className="py-2">{cell(programme.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
