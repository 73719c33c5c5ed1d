import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoCard } from '@/components/home/InfoCard';
import { infoHref } from '@/components/info/info-pages';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { PrimaryLink } from '@/components/ui/PrimaryLink';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type HomePageProps = { params: LocaleParams };

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('metaTitle') }, description: t('metaDescription') };
}

export default async function HomePage({ params }: HomePageProps) {
  await enterLocale(params);
  const t = await getTranslations('Home');
  const info = await getTranslations('Info');

  return (
    <div className="space-y-6">
      <PageHeading>{t('title')}</PageHeading>
      <div className="space-y-3 text-lg">
        <p>{t('intro')}</p>
        <p>{t('registeredNotReceiving')}</p>
      </div>
      <p>
        <PrimaryLink href="/cek">{t('cta')}</PrimaryLink>
      </p>
      <section aria-labelledby="info-heading" className="pt-6">
        <h2 id="info-heading" className="text-2xl font-bold">
          {t('infoHeading')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          <InfoCard href="/info/dtks-dtsen" title={t('cardDtksDtsenTitle')} text={t('cardDtksDtsenText')} />
          <InfoCard
            href="/info/terdaftar-belum-tentu-menerima"
            title={t('cardRegisteredTitle')}
            text={t('cardRegisteredText')}
          />
          <InfoCard
            href="/info/tidak-ditemukan"
            title={t('cardNotFoundTitle')}
            text={t('cardNotFoundText')}
          />
          {(['programmes', 'faq', 'complaints'] as const).map((key) => (
            <InfoCard
              key={key}
              href={infoHref(key)}
              title={info(`${key}.title`)}
              text={info(`${key}.summary`)}
            />
          ))}
        </ul>
        <p className="mt-4 text-lg">
          <AppLink href="/info">{info('allPages')}</AppLink>
        </p>
      </section>
    </div>
  );
}
