import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/DataTable';
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
  return (
    <DataTable
      caption={t('programmesHeading')}
      captionHidden
      rowHeaders
      columns={[
        { key: 'programme', label: t('programmeColumn') },
        { key: 'current', label: t('currentColumn', { period: periodLabel(t, currentPeriod) }) },
        { key: 'previous', label: t('previousColumn', { period: periodLabel(t, previousPeriod) }) },
      ]}
      rows={programmes.map((programme) => ({
        key: programme.code,
        cells: [
          <span key="name" className="font-semibold">
            {isProgrammeCode(programme.code) ? (
              <abbr title={names(`${programme.code}.full`)} className="no-underline">
                {names(`${programme.code}.name`)}
              </abbr>
            ) : (
              programme.code
            )}
          </span>,
          cell(programme.current),
          cell(programme.previous),
        ],
      }))}
      empty={<p>{t('programmesNone')}</p>}
    />
  );
}
