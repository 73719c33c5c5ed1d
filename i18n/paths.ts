import type { Locale } from 'next-intl';
import { routing } from './routing';

/**
 * The same address in another locale, following `localePrefix: 'as-needed'`: `/info/x` ↔ `/en/info/x`.
 * Accepts both the address the browser shows and the internal `/id/...` path Next sees while prerendering;
 * a query string or fragment is kept as it is (`/cek#formulir` → `/en/cek#formulir`).
 * Pure and import-light on purpose: client components use it too.
 */
export function localizedPathname(href: string, target: Locale): string {
  const suffixAt = href.search(/[?#]/);
  const pathname = suffixAt === -1 ? href : href.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : href.slice(suffixAt);

  const [, first = '', ...rest] = pathname.split('/');
  const hasPrefix = routing.locales.some((locale) => locale === first);
  const bare = `/${(hasPrefix ? rest : [first, ...rest]).join('/')}`.replace(/\/+$/, '') || '/';
  if (target === routing.defaultLocale) return `${bare}${suffix}`;
  return `${bare === '/' ? `/${target}` : `/${target}${bare}`}${suffix}`;
}
