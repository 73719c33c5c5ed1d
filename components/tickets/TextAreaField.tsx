import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, fieldDescription } from '@/components/ui/FieldFrame';

type TextAreaFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  textareaProps: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;
};

export function TextAreaField({ id, label, hint, error, textareaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={4}
        aria-describedby={fieldDescription(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-none border-2 border-ink px-2 py-2 text-lg"
        {...textareaProps}
      />
    </FieldFrame>
  );
}
