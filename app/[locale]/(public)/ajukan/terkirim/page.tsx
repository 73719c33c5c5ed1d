import { getLocale, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { messageLines } from '@/components/lookup/message-lines';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { PrimaryLink } from '@/components/ui/PrimaryLink';
import { redirect } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { acknowledgementCookie } from '@/lib/tickets';

type PageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Tickets.acknowledgement.metaTitle'));

// Reached only by the filing action's redirect, after the ticket committed; the code comes
// in a sealed cookie, never in the URL.
export default async function AcknowledgementPage({ params }: PageProps) {
  await enterLocale(params);
  const acknowledgement = acknowledgementCookie.read(await cookies());
  if (!acknowledgement) return redirect({ href: '/ajukan', locale: await getLocale() });
  const t = await getTranslations('Tickets');
  return (
    <div className="space-y-6">
      <div role="status" className="space-y-4 rounded-md border-4 border-brand-700 p-4">
        <PageHeading>{t('acknowledgement.title')}</PageHeading>
        <p>{t('acknowledgement.kindLine', { kind: t(`kinds.${acknowledgement.ticketKind}.name`) })}</p>
        <p className="text-lg">{t('acknowledgement.codeLabel')}</p>
        <p className="font-mono text-4xl font-bold tracking-widest" data-ticket-code={acknowledgement.code}>
          {acknowledgement.code}
        </p>
        <p>{t('acknowledgement.saveCode')}</p>
      </div>
      <section aria-labelledby="next" className="space-y-2">
        <h2 id="next" className="text-xl font-bold">
          {t('acknowledgement.nextHeading')}
        </h2>
        <ol className="list-decimal space-y-1 pl-5">
          {messageLines(t.raw(`acknowledgement.next.${acknowledgement.ticketKind}`)).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </section>
      <p>
        <PrimaryLink href="/lacak">{t('acknowledgement.track')}</PrimaryLink>
      </p>
      <p>
        <AppLink href="/">{t('acknowledgement.home')}</AppLink>
      </p>
    </div>
  );
}
