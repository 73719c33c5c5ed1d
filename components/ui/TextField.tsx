import type { InputHTMLAttributes } from 'react';

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
};

// Label, hint and error tied to the input with aria-describedby, as screen readers expect.
export function TextField({ id, label, hint, error, inputProps }: TextFieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink px-2 py-2 text-lg"
        {...inputProps}
      />
    </div>
  );
}
