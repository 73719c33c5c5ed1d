'use client';

import { useParams } from 'next/navigation';
import { messagesByLocale } from '@/i18n/messages';
import { localizedPathname } from '@/i18n/paths';
import { routing } from '@/i18n/routing';

// Reads the strings directly instead of through a NextIntlClientProvider, so no page pays for the
// translation runtime up front; this chunk is only fetched when an error is shown.
export default function ServiceError() {
  const { locale } = useParams<{ locale: string }>();
  const current = routing.locales.find((candidate) => candidate === locale) ?? routing.defaultLocale;
  const t = messagesByLocale[current].Errors;

  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl leading-tight font-bold">{t.errorTitle}</h1>
      <p className="text-lg">{t.errorBody}</p>
      <p className="text-lg">
        {/* A full page load on purpose: after an error, start from a clean state. */}
        <a href={localizedPathname('/', current)}>{t.backHome}</a>
      </p>
    </div>
  );
}
