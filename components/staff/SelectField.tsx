type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
};

// A labelled select, styled and wired like TextField (error tied with aria-describedby).
export function SelectField({ id, name, label, error, defaultValue, options }: SelectFieldProps) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink bg-white px-2 py-2 text-lg"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
