import { hasLocale, type Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from './routing';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * Reads the [locale] segment, 404s on an unknown one, and tells next-intl the locale
 * so pages can be prerendered instead of reading request headers.
 */
export async function enterLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
