import type { TextareaHTMLAttributes } from 'react';

type TextAreaFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  textareaProps: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;
};

export function TextAreaField({ id, label, hint, error, textareaProps }: TextAreaFieldProps) {
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
      <textarea
        id={id}
        rows={4}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink px-2 py-2 text-lg"
        {...textareaProps}
      />
    </div>
  );
}
