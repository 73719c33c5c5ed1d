import type { ReactNode } from 'react';

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  // Staff pages are dense: their labels keep the body size.
  dense?: boolean;
  children: ReactNode;
};

// The ids a control names in aria-describedby, so screen readers read its hint and error.
export function fieldDescription(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

// Label, hint and error around one form control; the control itself is the child.
export function FieldFrame({ id, label, hint, error, dense = false, children }: FieldFrameProps) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
      <label htmlFor={id} className={dense ? 'block font-bold' : 'block text-lg font-bold'}>
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
      {children}
    </div>
  );
}
