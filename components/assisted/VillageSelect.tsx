import { FieldFrame, fieldDescription } from '@/components/ui/FieldFrame';
import type { DistrictChoices } from '@/lib/staff/villages';

type VillageSelectProps = {
  id: string;
  name: string;
  label: string;
  choices: DistrictChoices[];
  value: string;
  groupLabel: (district: string) => string;
  // An option for a whole kecamatan (review filters); the search needs one village.
  wholeDistrictLabel?: (district: string) => string;
  emptyLabel: string;
  error?: string;
};

// The villages of the caller's scope, grouped by kecamatan. A plain select: keyboard
// users type the first letters to jump, and it needs no JavaScript.
export function VillageSelect(props: VillageSelectProps) {
  const { id, name, label, choices, value, groupLabel, wholeDistrictLabel, emptyLabel, error } = props;
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
        <option value="">{emptyLabel}</option>
        {choices.map((group) => (
          <optgroup key={group.district.code} label={groupLabel(group.district.name)}>
            {wholeDistrictLabel ? (
              <option value={group.district.code}>{wholeDistrictLabel(group.district.name)}</option>
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
