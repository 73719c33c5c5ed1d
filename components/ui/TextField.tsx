import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
  // Staff filter forms are dense: body-size label and control.
  dense?: boolean;
};

export function TextField({ id, label, hint, error, inputProps, dense = false }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} dense={dense}>
      <input
        id={id}
        aria-describedby={fieldDescription(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full rounded-none border-2 border-ink px-2 py-2 ${dense ? '' : 'text-lg'}`}
        {...inputProps}
      />
    </FieldFrame>
  );
}
