import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComparisonTable } from '@/components/info/ComparisonTable';
import { InfoArticle } from '@/components/info/InfoArticle';
import { InfoSection } from '@/components/info/InfoSection';
import { messageLines } from '@/components/info/message-lines';
import { Paragraphs } from '@/components/info/Paragraphs';
import { TextList } from '@/components/info/TextList';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

// The rows of DOMAIN.md's comparison, in its order.
const rowKeys = ['name', 'keeper', 'members', 'entry', 'output', 'legal'] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.dtksDtsen' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function DtksDtsenPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info.dtksDtsen');

  return (
    <InfoArticle
      title={t('title')}
      paragraphs={messageLines(t.raw('intro'))}
      related={['desil', 'programmes', 'registered']}
    >
      <ComparisonTable
        caption={t('table.caption')}
        headers={{ topic: t('table.topic'), columns: [t('table.dtks'), t('table.dtsen')] }}
        rows={rowKeys.map((key) => ({
          key,
          label: t(`table.rows.${key}.label`),
          cells: [
            messageLines(t.raw(`table.rows.${key}.dtks`)),
            messageLines(t.raw(`table.rows.${key}.dtsen`)),
          ],
        }))}
      />
      <InfoSection id="dtks-groups" heading={t('groupsHeading')}>
        <TextList items={messageLines(t.raw('groups'))} />
      </InfoSection>
      <InfoSection id="nik-kk" heading={t('idHeading')}>
        <Paragraphs lines={messageLines(t.raw('idText'))} />
      </InfoSection>
      <InfoSection id="privacy" heading={t('privacyHeading')}>
        <p>{t('privacyText')}</p>
      </InfoSection>
    </InfoArticle>
  );
}
