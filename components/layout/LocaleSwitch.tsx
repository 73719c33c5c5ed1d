'use client';

// A client component only because a layout cannot know the current path while pages stay prerendered.
// It renders a plain <a href> on the server, so switching works without JavaScript, and it needs no
// translation runtime in the browser (labels arrive as props).
import type { Locale } from 'next-intl';
import { usePathname } from 'next/navigation';
import { localizedPathname } from '@/i18n/paths';

type LocaleSwitchProps = { targetLocale: Locale; label: string; navLabel: string };

export function LocaleSwitch({ targetLocale, label, navLabel }: LocaleSwitchProps) {
  const href = localizedPathname(usePathname(), targetLocale);
  return (
    <nav aria-label={navLabel} className="print:hidden">
      <a href={href} hrefLang={targetLocale} lang={targetLocale} className="inline-block py-2 font-medium">
        {label}
      </a>
    </nav>
  );
}
