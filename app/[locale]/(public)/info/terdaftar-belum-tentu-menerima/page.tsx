import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoArticle } from '@/components/info/InfoArticle';
import { InfoSection } from '@/components/info/InfoSection';
import { messageLines } from '@/components/info/message-lines';
import { TextList } from '@/components/info/TextList';
import { TitledList } from '@/components/info/TitledList';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

const deciders = ['criteria', 'quota', 'stages'] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.registered' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function RegisteredNotReceivingPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info.registered');

  return (
    <InfoArticle
      title={t('title')}
      paragraphs={messageLines(t.raw('intro'))}
      related={['programmes', 'desil', 'complaints']}
    >
      <InfoSection id="what-decides" heading={t('decidesHeading')}>
        <TitledList
          ordered
          items={deciders.map((key) => ({
            key,
            title: t(`decides.${key}.title`),
            text: t(`decides.${key}.text`),
          }))}
        />
        <p>{t('mixed')}</p>
      </InfoSection>
      <InfoSection id="why-change" heading={t('whyHeading')}>
        <p>{t('whyIntro')}</p>
        <TextList items={messageLines(t.raw('why'))} />
      </InfoSection>
      <InfoSection id="keep-notes" heading={t('noteHeading')}>
        <p>{t('noteIntro')}</p>
        <TextList items={messageLines(t.raw('note'))} />
        <p>{t('noteWhy')}</p>
      </InfoSection>
      <InfoSection id="next" heading={t('nextHeading')}>
        <p>{t('next')}</p>
      </InfoSection>
    </InfoArticle>
  );
}
