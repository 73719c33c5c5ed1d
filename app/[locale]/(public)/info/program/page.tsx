import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InfoArticle } from '@/components/info/InfoArticle';
import { InfoSection } from '@/components/info/InfoSection';
import { messageLines } from '@/components/info/message-lines';
import { Paragraphs } from '@/components/info/Paragraphs';
import { PeriodExample } from '@/components/info/PeriodExample';
import { ProgrammeList } from '@/components/info/ProgrammeList';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { programmeCodes } from '@/lib/registry';

type PageProps = { params: LocaleParams };

// The programmes registry files list, then others residents ask about that the files do not carry.
const programmeKeys = [...programmeCodes, 'ATENSI', 'BERAS', 'ENERGI'] as const;

// Must match the sentence under it (`example.explain`): PKH both periods, BPNT stops, PBI JK starts.
const exampleRows = [
  { key: 'PKH', received: [true, true] },
  { key: 'BPNT', received: [true, false] },
  { key: 'PBI_JK', received: [false, true] },
] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.programmes' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function ProgrammesPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info.programmes');

  return (
    <InfoArticle
      title={t('title')}
      paragraphs={messageLines(t.raw('intro'))}
      related={['registered', 'desil', 'faq']}
    >
      <InfoSection id="programme-list" heading={t('listHeading')}>
        <ProgrammeList
          labels={{ gives: t('givesLabel'), forWhom: t('forLabel') }}
          programmes={programmeKeys.map((key) => ({
            key,
            name: t(`items.${key}.name`),
            fullName: t(`items.${key}.full`),
            gives: t(`items.${key}.gives`),
            forWhom: t(`items.${key}.for`),
          }))}
        />
      </InfoSection>
      <InfoSection id="periods" heading={t('periodsHeading')}>
        <Paragraphs lines={messageLines(t.raw('periods'))} />
      </InfoSection>
      <InfoSection id="yes-and-no" heading={t('mixedHeading')}>
        <Paragraphs lines={messageLines(t.raw('mixed'))} />
        <PeriodExample
          caption={t('example.caption')}
          headers={{ programme: t('example.programme'), periods: [t('example.first'), t('example.second')] }}
          labels={{ yes: t('example.yes'), no: t('example.no') }}
          rows={exampleRows.map((row) => ({
            programme: t(`items.${row.key}.name`),
            received: [...row.received],
          }))}
        />
        <p>{t('example.explain')}</p>
      </InfoSection>
    </InfoArticle>
  );
}
