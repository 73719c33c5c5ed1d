import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { tooManyRequestsPage } from '@/lib/gate';

// Over a rate limit the lookup action redirects here. A route handler, not a page,
// because only a route handler can answer with HTTP 429 and Retry-After.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const seconds = Math.min(3600, Math.max(1, Number(new URL(request.url).searchParams.get('detik')) || 60));
  const t = await getTranslations({ locale, namespace: 'TooMany' });
  const html = tooManyRequestsPage({
    lang: locale,
    title: t('title'),
    body: t('body'),
    wait: t('wait', { seconds }),
    backLabel: t('back'),
    backHref: getPathname({ href: '/cek', locale }),
  });
  return new Response(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(seconds),
      'Cache-Control': 'no-store',
    },
  });
}
