type DateOfBirthFieldProps = {
  legend: string;
  hint: string;
  error?: string;
  labels: { day: string; month: string; year: string };
  values: { day: string; month: string; year: string };
};

// Three small boxes (GOV.UK's pattern for a date people know by heart): easier than a
// date picker on a cheap phone, and the same with or without JavaScript.
export function DateOfBirthField({ legend, hint, error, labels, values }: DateOfBirthFieldProps) {
  const describedBy = ['birthDay-hint', error ? 'birthDay-error' : null].filter(Boolean).join(' ');
  const box = (
    name: 'birthDay' | 'birthMonth' | 'birthYear',
    label: string,
    value: string,
    width: string,
  ) => (
    <div>
      <label htmlFor={name} className="block">
        {label}
      </label>
      <input
        id={name}
        name={name}
        inputMode="numeric"
        autoComplete={name === 'birthDay' ? 'bday-day' : name === 'birthMonth' ? 'bday-month' : 'bday-year'}
        maxLength={name === 'birthYear' ? 4 : 2}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        className={`block ${width} rounded-none border-2 border-ink px-2 py-2 text-lg`}
      />
    </div>
  );
  return (
    <fieldset aria-describedby={describedBy} className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
      <legend className="text-lg font-bold">{legend}</legend>
      <p id="birthDay-hint" className="text-muted">
        {hint}
      </p>
      {error ? (
        <p id="birthDay-error" className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-1 flex gap-3">
        {box('birthDay', labels.day, values.day, 'w-16')}
        {box('birthMonth', labels.month, values.month, 'w-16')}
        {box('birthYear', labels.year, values.year, 'w-24')}
      </div>
    </fieldset>
  );
}
