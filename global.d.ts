import type { routing } from '@/i18n/routing';
import type messages from '@/messages/id.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    // Indonesian is the reference: a key missing there, or misspelt in code, fails `tsc --noEmit`.
    Messages: typeof messages;
  }
}
