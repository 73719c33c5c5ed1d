import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleSwitch } from '@/components/layout/LocaleSwitch';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { routing } from '@/i18n/routing';
import '../globals.css';

type LocaleLayoutProps = { children: ReactNode; params: LocaleParams };

const MAIN_ID = 'isi';

// Unknown locales and paths fall through to the prerendered app/not-found.tsx. A 404 thrown while rendering
// on demand is not server-rendered by Next 16 (vercel/next.js#62228), which would leave no-JS readers a blank page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return {
    title: { template: `%s | ${t('siteName')}`, default: t('siteName') },
    description: t('tagline'),
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const locale = await enterLocale(params);
  const t = await getTranslations('Layout');
  const otherLocale = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  return (
    <html lang={locale}>
      <head>
        {/* Marks the page as scripted before it paints, so parts meant only with (or only
            without) JavaScript are laid out once and never jump (see globals.css). */}
        <script dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink targetId={MAIN_ID} label={t('skipToContent')} />
        <SiteHeader
          siteName={t('siteName')}
          tagline={t('tagline')}
          homeLabel={t('homeLink')}
          localeSwitch={
            <LocaleSwitch targetLocale={otherLocale} label={t('otherLanguage')} navLabel={t('languageNav')} />
          }
        />
        <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter notes={[t('footerSafety'), t('footerData'), t('footerOpenSource')]} />
      </body>
    </html>
  );
}
