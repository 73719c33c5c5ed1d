import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { PublicTicketPage } from '../_components/PublicTicketPage';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Tickets' });
  return { title: t('kinds.SANGGAHAN.title'), robots: { index: false } };
}

export default async function SanggahanPage({ params }: PageProps) {
  await enterLocale(params);
  return <PublicTicketPage kind="SANGGAHAN" />;
}
