import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';

type PrimaryLinkProps = { href: string; children: ReactNode };

// Styled as a button because it is the one action the page leads to; it stays a link so it works without JS.
export function PrimaryLink({ href, children }: PrimaryLinkProps) {
  return (
    <AppLink
      href={href}
      className="inline-block rounded-md bg-brand-800 px-6 py-3 text-lg font-bold text-white no-underline shadow-[0_2px_0_var(--color-brand-900)] hover:bg-brand-900 hover:text-white"
    >
      {children}
    </AppLink>
  );
}
