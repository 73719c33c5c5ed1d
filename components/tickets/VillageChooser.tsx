import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import type { VillageOption } from '@/lib/tickets/village-options';

type VillageChooserProps = { villages: VillageOption[] | null; selected: string };

// Operators pick one of their villages; an admin (villages: null) types any village code.
export async function VillageChooser({ villages, selected }: VillageChooserProps) {
  const t = await getTranslations('StaffTickets');
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 print:hidden">
      {villages ? (
        <div>
          <label htmlFor="desa" className="block text-lg font-bold">
            {t('villageSelectLabel')}
          </label>
          <select
            id="desa"
            name="desa"
            defaultValue={selected}
            className="mt-1 block rounded-none border-2 border-ink px-2 py-2 text-lg"
          >
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <TextField
          id="desa"
          label={t('villageLabel')}
          hint={t('villageHint')}
          inputProps={{ name: 'desa', defaultValue: selected, inputMode: 'decimal' }}
        />
      )}
      <SubmitButton tone="secondary">{t('chooseVillage')}</SubmitButton>
    </form>
  );
}
