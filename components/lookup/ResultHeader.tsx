import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/formats';
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
  const locale = await getLocale();
  return (
    <div className="space-y-1 text-muted">
      <p>{t('checkedAt', { date: formatDateTime(checkedAt, locale) })}</p>
      <p>{t('reference', { code: reference })}</p>
      <p>{t('village', village)}</p>
      <p>
        {t('sources', { dtks: snapshots.dtks ?? t('noSnapshot'), dtsen: snapshots.dtsen ?? t('noSnapshot') })}
      </p>
    </div>
  );
}
