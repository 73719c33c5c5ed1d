import type { ReactNode } from 'react';

type SubmitButtonProps = {
  children: ReactNode;
  name?: string;
  value?: string;
  tone?: 'primary' | 'secondary';
};

export function SubmitButton({ children, name, value, tone = 'primary' }: SubmitButtonProps) {
  const look =
    tone === 'primary'
      ? 'bg-brand-800 text-white shadow-[0_2px_0_var(--color-brand-900)] hover:bg-brand-900'
      : 'border-2 border-brand-800 bg-white text-brand-800';
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`rounded-md px-6 py-3 text-lg font-bold ${look}`}
    >
      {children}
    </button>
  );
}
