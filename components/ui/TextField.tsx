import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
};

export function TextField({ id, label, hint, error, inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-describedby={fieldDescription(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink px-2 py-2 text-lg"
        {...inputProps}
      />
    </FieldFrame>
  );
}
