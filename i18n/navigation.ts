import type { Locale } from 'next-intl';
import { permanentRedirect as nextPermanentRedirect, redirect as nextRedirect } from 'next/navigation';
import { localizedPathname } from './paths';

// Same call shapes as next-intl's createNavigation, without it: createNavigation pulls next-intl's client
// Link (and the use-intl runtime, ~13 kB gzip) into every page that imports this file, used or not.
// For links in server components use components/ui/AppLink.

type LocalizedHref = { href: string; locale: Locale };

export function getPathname({ href, locale }: LocalizedHref): string {
  return localizedPathname(href, locale);
}

export function redirect(target: LocalizedHref): never {
  return nextRedirect(getPathname(target));
}

export function permanentRedirect(target: LocalizedHref): never {
  return nextPermanentRedirect(getPathname(target));
}
