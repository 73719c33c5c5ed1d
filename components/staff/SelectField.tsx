import { FieldFrame, fieldDescription } from '@/components/ui/FieldFrame';

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
};

// A labelled select, styled and wired like TextField.
export function SelectField({ id, name, label, error, defaultValue, options }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={fieldDescription(id, undefined, error)}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink bg-white px-2 py-2 text-lg"
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
