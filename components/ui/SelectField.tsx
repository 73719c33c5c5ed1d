import { FieldFrame, fieldDescription } from './FieldFrame';

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
  // Staff filter forms are dense: body-size label and control.
  dense?: boolean;
};

// A labelled select, styled and wired like TextField.
export function SelectField({
  id,
  name,
  label,
  error,
  defaultValue,
  options,
  dense = false,
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} dense={dense}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={fieldDescription(id, undefined, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full rounded-none border-2 border-ink bg-white px-2 py-2 ${dense ? '' : 'text-lg'}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
