import { getFormatter, getTranslations } from 'next-intl/server';
import type { SnapshotLabels } from '@/lib/lookup';
import type { VillagePath } from './village-path';

type ResultHeaderProps = {
  checkedAt: string;
  reference: string;
  village: VillagePath;
  snapshots: SnapshotLabels;
};

export async function ResultHeader({ checkedAt, reference, village, snapshots }: ResultHeaderProps) {
  const t = await getTranslations('Result');
  const format = await getFormatter();
  return (
    <div className="space-y-1 text-muted">
      <p>
        {t('checkedAt', {
          date: format.dateTime(new Date(checkedAt), { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      <p>{t('reference', { code: reference })}</p>
      <p>{t('village', village)}</p>
      <p>
        {t('sources', { dtks: snapshots.dtks ?? t('noSnapshot'), dtsen: snapshots.dtsen ?? t('noSnapshot') })}
      </p>
    </div>
  );
}
