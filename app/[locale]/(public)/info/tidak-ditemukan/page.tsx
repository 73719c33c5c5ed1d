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
  const t = await getTranslations('Info.notFound');

  return (
    <InfoArticle
      title={t('title')}
      paragraphs={[t('p1'), t('p2'), t('p3'), t('p4'), t('p5')]}
      related={['faq', 'complaints']}
    />
  );
}
