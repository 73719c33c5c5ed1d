import { getTranslations } from 'next-intl/server';
import { FieldFrame, fieldDescription } from '@/components/ui/FieldFrame';
import { TextField } from '@/components/ui/TextField';
import type { DistrictChoices } from '@/lib/staff';

type VillageFieldProps = {
  id: string;
  name: string;
  // `staffVillages(caller)`: null when the scope is too wide for a list.
  choices: DistrictChoices[] | null;
  value: string;
  label: string;
  // The box that takes a code when there is no list.
  codeLabel: string;
  codeHint?: string;
  // A first option choosing nothing (or everything, for filters); without it the first village is preselected.
  emptyLabel?: string;
  // An option for a whole kecamatan (review filters); a search or a filing needs one village.
  wholeDistrict?: boolean;
  error?: string;
};

// One village of the staff member's scope, for every staff form: a plain select grouped by
// kecamatan (keyboard users type the first letters to jump, and it needs no JavaScript), or a
// box for a region code when the scope is too wide to list.
export async function VillageField(props: VillageFieldProps) {
  const { id, name, choices, value, label, codeLabel, codeHint, emptyLabel, wholeDistrict, error } = props;
  if (!choices)
    return (
      <TextField
        id={id}
        label={codeLabel}
        hint={codeHint}
        error={error}
        inputProps={{ name, defaultValue: value, autoComplete: 'off', inputMode: 'decimal' }}
      />
    );
  const t = await getTranslations('Assisted');
  return (
    <FieldFrame id={id} label={label} error={error} dense>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-describedby={fieldDescription(id, undefined, error)}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full border-2 border-ink bg-white px-2 py-2"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {choices.map((group) => (
          <optgroup key={group.district.code} label={t('districtGroup', { name: group.district.name })}>
            {wholeDistrict ? (
              <option value={group.district.code}>{t('wholeDistrict', { name: group.district.name })}</option>
            ) : null}
            {group.villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
