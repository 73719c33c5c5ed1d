import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import './globals.css';

// Every unknown address ends here, prerendered once, so it cannot know the reader's locale: it speaks both.
export default async function RootNotFound() {
  const notices = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'Errors' }),
    })),
  );
  const title = notices.map(({ t }) => t('notFoundMetaTitle')).join(' / ');

  return (
    <html lang={routing.defaultLocale}>
      <body>
        <title>{title}</title>
        <main className="mx-auto max-w-3xl space-y-10 px-4 py-8">
          {notices.map(({ locale, t }, index) => {
            const Heading = index === 0 ? 'h1' : 'h2';
            return (
              <section key={locale} lang={locale} className="space-y-4">
                <Heading className="text-3xl leading-tight font-bold">{t('notFoundTitle')}</Heading>
                <p className="text-lg">{t('notFoundBody')}</p>
                <p className="text-lg">
                  <Link href={getPathname({ href: '/', locale })}>{t('backHome')}</Link>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
