import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoArticle } from '@/components/info/InfoArticle';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.dtksDtsen' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function DtksDtsenPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info');

  return (
    <InfoArticle
      title={t('dtksDtsen.title')}
      paragraphs={[t('dtksDtsen.p1'), t('dtksDtsen.p2'), t('dtksDtsen.p3'), t('dtksDtsen.p4')]}
      lookupLabel={t('toLookup')}
      homeLabel={t('backHome')}
    />
  );
}
