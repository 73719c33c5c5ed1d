import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { toChannelView } from '@/components/info/channel-view';
import { ComplaintChannelList } from '@/components/info/ComplaintChannelList';
import { InfoArticle } from '@/components/info/InfoArticle';
import { InfoSection } from '@/components/info/InfoSection';
import { messageLines } from '@/components/info/message-lines';
import { TextList } from '@/components/info/TextList';
import { TitledList } from '@/components/info/TitledList';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { config } from '@/lib/config';

type PageProps = { params: LocaleParams };

// A Dinsos deployment sets PORTAL_COMPLAINT_CHANNELS when it starts the server, not when the image is built,
// so the channels are read per request. Prerendering would freeze the build machine's list (the defaults).
export const dynamic = 'force-dynamic';

// From the nearest door to the national one: the order a resident should try them in.
const helpers = ['village', 'companion', 'dinsos', 'kemensos', 'lapor'] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.complaints' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function ComplaintsPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info.complaints');
  const channels = config().complaintChannels.map((channel) =>
    toChannelView(channel, (phone) => t('call', { phone })),
  );

  return (
    <InfoArticle
      title={t('title')}
      paragraphs={messageLines(t.raw('intro'))}
      related={['faq', 'notFound', 'registered']}
    >
      <InfoSection id="who-helps" heading={t('whoHeading')}>
        <TitledList
          ordered
          items={helpers.map((key) => ({ key, title: t(`who.${key}.title`), text: t(`who.${key}.text`) }))}
        />
      </InfoSection>
      <InfoSection id="contacts" heading={t('contactsHeading')}>
        <p>{t('contactsIntro')}</p>
        <ComplaintChannelList channels={channels} emptyText={t('contactsEmpty')} />
      </InfoSection>
      <InfoSection id="bring" heading={t('bringHeading')}>
        <TextList items={messageLines(t.raw('bring'))} />
      </InfoSection>
      <InfoSection id="say" heading={t('sayHeading')}>
        <TextList items={messageLines(t.raw('say'))} />
      </InfoSection>
      <InfoSection id="safety" heading={t('safetyHeading')}>
        <TextList items={messageLines(t.raw('safety'))} />
      </InfoSection>
    </InfoArticle>
  );
}
