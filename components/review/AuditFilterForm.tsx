import { getTranslations } from 'next-intl/server';
import { VillageField } from '@/components/staff/VillageField';
import { SelectField } from '@/components/ui/SelectField';
import { TextField } from '@/components/ui/TextField';
import { auditChannels, auditResults, type AuditFilters } from '@/lib/review';
import type { DistrictChoices } from '@/lib/staff';

type AuditFilterFormProps = {
  action: string;
  filters: AuditFilters;
  choices: DistrictChoices[] | null;
  operators?: { id: number; username: string }[];
  full: boolean;
};

// A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared,
// and paging keeps them. Filters carry no personal data.
export async function AuditFilterForm({ action, filters, choices, operators, full }: AuditFilterFormProps) {
  const t = await getTranslations('Review');
  return (
    <form method="get" action={action} className="space-y-3" role="search">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="sr-only">{t('filtersLegend')}</legend>
        <TextField
          id="dari"
          label={t('from')}
          dense
          inputProps={{ name: 'dari', type: 'date', defaultValue: filters.from }}
        />
        <TextField
          id="sampai"
          label={t('to')}
          dense
          inputProps={{ name: 'sampai', type: 'date', defaultValue: filters.to }}
        />
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
            <SelectField
              id="kanal"
              name="kanal"
              label={t('channel')}
              dense
              defaultValue={filters.channel ?? ''}
              options={[
                { value: '', label: t('all') },
                ...auditChannels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) })),
              ]}
            />
            <SelectField
              id="hasil"
              name="hasil"
              label={t('result')}
              dense
              defaultValue={filters.result ?? ''}
              options={[
                { value: '', label: t('all') },
                ...auditResults.map((result) => ({ value: result, label: t(`results.${result}`) })),
              ]}
            />
            <SelectField
              id="petugas"
              name="petugas"
              label={t('operator')}
              dense
              defaultValue={filters.operatorId ? String(filters.operatorId) : ''}
              options={[
                { value: '', label: t('all') },
                ...(operators ?? []).map((operator) => ({
                  value: String(operator.id),
                  label: operator.username,
                })),
              ]}
            />
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
