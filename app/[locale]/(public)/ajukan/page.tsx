import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { ticketKinds } from '@/lib/tickets';
import { kindPaths } from './kind-paths';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Tickets' });
  return { title: t('metaTitle') };
}

export default async function FileTicketPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Tickets');
  return (
    <div className="space-y-6">
      <PageHeading>{t('title')}</PageHeading>
      <p className="text-lg">{t('intro')}</p>
      <ul className="space-y-4">
        {ticketKinds.map((kind) => (
          <li key={kind} className="rounded-md border-2 border-brand-700 p-4">
            <h2 className="text-xl font-bold">{t(`kinds.${kind}.title`)}</h2>
            <p>{t(`kinds.${kind}.summary`)}</p>
            <p className="mt-2">
              <AppLink href={kindPaths[kind]} className="font-bold">
                {t(`kinds.${kind}.title`)}
              </AppLink>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <AppLink href="/lacak">{t('trackLink')}</AppLink>
      </p>
    </div>
  );
}
