import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['id', 'en'],
  defaultLocale: 'id',
  // Indonesian lives at `/`, English at `/en`.
  localePrefix: 'as-needed',
  // An Indonesian portal opens in Indonesian whatever the browser says; the resident switches explicitly.
  localeDetection: false,
  // Without detection the cookie has no use, and a public portal should not set cookies it does not need.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
