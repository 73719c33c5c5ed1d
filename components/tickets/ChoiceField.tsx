type ChoiceFieldProps = {
  name: string;
  legend: string;
  error?: string;
  options: { value: string; label: string }[];
  selected: string;
};

// Radio buttons, not a select: every choice is visible at once on a small screen.
export function ChoiceField({ name, legend, error, options, selected }: ChoiceFieldProps) {
  return (
    <fieldset
      id={name}
      aria-describedby={error ? `${name}-error` : undefined}
      className={error ? 'border-l-4 border-red-700 pl-3' : undefined}
    >
      <legend className="text-lg font-bold">{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-1 space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-center gap-3">
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={selected === option.value}
              className="h-6 w-6"
            />
            <label htmlFor={`${name}-${option.value}`} className="text-lg">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
