import { getLocale, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { TrackingSteps } from '@/components/tickets/TrackingSteps';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { redirect } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { formatDate } from '@/lib/formats';
import { trackingCookie } from '@/lib/tickets';

type PageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Tracking.result.metaTitle'));

export default async function TrackingResultPage({ params }: PageProps) {
  const locale = await enterLocale(params);
  const tracked = trackingCookie.read(await cookies());
  if (!tracked) return redirect({ href: '/lacak', locale: await getLocale() });
  const t = await getTranslations('Tracking');
  const k = await getTranslations('Tickets');
  const { ticket } = tracked;
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <div className="space-y-6">
      <PageHeading>{t('result.title')}</PageHeading>
      <ul className="space-y-1">
        <li className="font-mono text-xl font-bold">{t('result.codeLine', { code: ticket.code })}</li>
        <li>{t('result.kindLine', { kind: k(`kinds.${ticket.kind}.name`) })}</li>
        <li>{t('result.nameLine', { name: ticket.maskedName })}</li>
        <li>{t('result.filedLine', { date: date(ticket.filedAt) })}</li>
      </ul>
      <section aria-labelledby="now" className="space-y-2 rounded-md border-4 border-brand-700 p-4">
        <h2 id="now" className="text-2xl font-bold" data-state={ticket.state}>
          {t('result.nowHeading')}: {t(`states.${ticket.state}.title`)}
        </h2>
        <p>{t(`states.${ticket.state}.body`)}</p>
        <h3 className="text-lg font-bold">{t('result.nextHeading')}</h3>
        <p>{t(`states.${ticket.state}.next`)}</p>
      </section>
      <TrackingSteps ticket={ticket} formatDate={date} />
      <p>
        <AppLink href="/lacak">{t('result.again')}</AppLink>
      </p>
    </div>
  );
}
