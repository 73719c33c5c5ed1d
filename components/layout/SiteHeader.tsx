import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';

type SiteHeaderProps = { siteName: string; tagline: string; homeLabel: string; localeSwitch: ReactNode };

export function SiteHeader({ siteName, tagline, homeLabel, localeSwitch }: SiteHeaderProps) {
  return (
    <header className="border-t-4 border-brand-800 border-b border-b-slate-200 bg-brand-50">
      <div className="mx-auto flex max-w-3xl flex-wrap items-start justify-between gap-x-6 gap-y-2 px-4 py-4">
        <div>
          <AppLink
            href="/"
            aria-label={homeLabel}
            className="text-2xl font-bold text-brand-900 no-underline hover:underline"
          >
            {siteName}
          </AppLink>
          <p className="mt-1 text-base text-muted">{tagline}</p>
        </div>
        {localeSwitch}
      </div>
    </header>
  );
}
