import { getLocale } from 'next-intl/server';
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';

type AppLinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/** A link to a page of this portal, in the current locale (`/cek` → `/en/cek` on English pages). */
export async function AppLink({ href, ...rest }: AppLinkProps) {
  const locale = await getLocale();
  return <NextLink href={getPathname({ href, locale })} {...rest} />;
}
