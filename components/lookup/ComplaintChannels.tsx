import { getTranslations } from 'next-intl/server';
import { ComplaintChannelList } from '@/components/info/ComplaintChannelList';
import { toChannelView } from '@/components/info/channel-view';
import type { ComplaintChannel } from '@/lib/config';

// The same list as the complaints page, with its defensive tel:/https links.
export async function ComplaintChannels({ channels }: { channels: ComplaintChannel[] }) {
  const t = await getTranslations('Result');
  return (
    <section aria-labelledby="channels" className="space-y-2">
      <h2 id="channels" className="text-xl font-bold">
        {t('channelsHeading')}
      </h2>
      <ComplaintChannelList
        channels={channels.map((channel) => toChannelView(channel, (phone) => t('channelPhone', { phone })))}
        emptyText=""
      />
    </section>
  );
}
