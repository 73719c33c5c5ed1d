import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoArticle } from '@/components/info/InfoArticle';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.registered' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function RegisteredNotReceivingPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info');

  return (
    <InfoArticle
      title={t('registered.title')}
      paragraphs={[
        t('registered.p1'),
        t('registered.p2'),
        t('registered.p3'),
        t('registered.p4'),
        t('registered.p5'),
      ]}
      lookupLabel={t('toLookup')}
      homeLabel={t('backHome')}
    />
  );
}
