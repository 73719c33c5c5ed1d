import { getTranslations } from 'next-intl/server';
import { VillageField } from '@/components/staff/VillageField';
import { auditChannels, auditResults, type AuditFilters } from '@/lib/review';
import type { DistrictChoices } from '@/lib/staff/villages';

type AuditFilterFormProps = {
  action: string;
  filters: AuditFilters;
  choices: DistrictChoices[] | null;
  operators?: { id: number; username: string }[];
  full: boolean;
};

const selectClass = 'mt-1 block w-full border-2 border-ink bg-white px-2 py-2';

// A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared,
// and paging keeps them. Filters carry no personal data.
export async function AuditFilterForm({ action, filters, choices, operators, full }: AuditFilterFormProps) {
  const t = await getTranslations('Review');
  return (
    <form method="get" action={action} className="space-y-3" role="search">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="sr-only">{t('filtersLegend')}</legend>
        <p>
          <label htmlFor="dari" className="block font-bold">
            {t('from')}
          </label>
          <input id="dari" name="dari" type="date" defaultValue={filters.from} className={selectClass} />
        </p>
        <p>
          <label htmlFor="sampai" className="block font-bold">
            {t('to')}
          </label>
          <input id="sampai" name="sampai" type="date" defaultValue={filters.to} className={selectClass} />
        </p>
        <VillageField
          id="wilayah"
          name="wilayah"
          choices={choices}
          value={filters.region ?? ''}
          label={t('region')}
          codeLabel={t('regionCode')}
          codeHint={t('regionCodeHint')}
          emptyLabel={t('all')}
          wholeDistrict
        />
        {full ? (
          <>
            <p>
              <label htmlFor="kanal" className="block font-bold">
                {t('channel')}
              </label>
              <select id="kanal" name="kanal" defaultValue={filters.channel ?? ''} className={selectClass}>
                <option value="">{t('all')}</option>
                {auditChannels.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`channels.${channel}`)}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor="hasil" className="block font-bold">
                {t('result')}
              </label>
              <select id="hasil" name="hasil" defaultValue={filters.result ?? ''} className={selectClass}>
                <option value="">{t('all')}</option>
                {auditResults.map((result) => (
                  <option key={result} value={result}>
                    {t(`results.${result}`)}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor="petugas" className="block font-bold">
                {t('operator')}
              </label>
              <select
                id="petugas"
                name="petugas"
                defaultValue={filters.operatorId ? String(filters.operatorId) : ''}
                className={selectClass}
              >
                <option value="">{t('all')}</option>
                {(operators ?? []).map((operator) => (
                  <option key={operator.id} value={operator.id}>
                    {operator.username}
                  </option>
                ))}
              </select>
            </p>
          </>
        ) : null}
      </fieldset>
      <p className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-800 px-4 py-2 font-bold text-white">
          {full ? t('apply') : t('show')}
        </button>
      </p>
    </form>
  );
}
