import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DesilScale } from '@/components/info/DesilScale';
import { InfoArticle } from '@/components/info/InfoArticle';
import { InfoSection } from '@/components/info/InfoSection';
import { messageLines } from '@/components/info/message-lines';
import { Paragraphs } from '@/components/info/Paragraphs';
import { TitledList } from '@/components/info/TitledList';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { welfareGroups } from '@/lib/registry';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.desil' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function DesilPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info.desil');

  // Which desil falls in which group is policy (configuration, lib/status), so this page names the groups
  // in order and leaves the numbers to each resident's own result.
  return (
    <InfoArticle title={t('title')} paragraphs={[t('intro')]} related={['programmes', 'registered', 'faq']}>
      <InfoSection id="desil-scale" heading={t('whatHeading')}>
        <Paragraphs lines={messageLines(t.raw('what'))} />
        <DesilScale caption={t('scale.caption')} poorest={t('scale.poorest')} richest={t('scale.richest')} />
      </InfoSection>
      <InfoSection id="welfare-groups" heading={t('groupsHeading')}>
        <p>{t('groupsIntro')}</p>
        <TitledList
          ordered
          items={welfareGroups.map((group) => ({
            key: group,
            title: t(`groups.${group}.name`),
            text: t(`groups.${group}.text`),
          }))}
        />
        <p>{t('groupsNote')}</p>
      </InfoSection>
      <InfoSection id="policy" heading={t('policyHeading')}>
        <Paragraphs lines={messageLines(t.raw('policy'))} />
      </InfoSection>
      <InfoSection id="birth-date" heading={t('privacyHeading')}>
        <Paragraphs lines={messageLines(t.raw('privacy'))} />
      </InfoSection>
      <InfoSection id="desil-wrong" heading={t('wrongHeading')}>
        <p>{t('wrong')}</p>
      </InfoSection>
    </InfoArticle>
  );
}
