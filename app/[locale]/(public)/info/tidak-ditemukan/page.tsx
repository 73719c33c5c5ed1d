import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoArticle } from '@/components/info/InfoArticle';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.notFound' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function NotFoundHelpPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info');

  return (
    <InfoArticle
      title={t('notFound.title')}
      paragraphs={[t('notFound.p1'), t('notFound.p2'), t('notFound.p3'), t('notFound.p4'), t('notFound.p5')]}
      lookupLabel={t('toLookup')}
      homeLabel={t('backHome')}
    />
  );
}
