import { getTranslations } from 'next-intl/server';
import type { ComplaintChannel } from '@/lib/config';

export async function ComplaintChannels({ channels }: { channels: ComplaintChannel[] }) {
  const t = await getTranslations('Result');
  return (
    <section aria-labelledby="channels" className="space-y-2">
      <h2 id="channels" className="text-xl font-bold">
        {t('channelsHeading')}
      </h2>
      <ul className="space-y-2">
        {channels.map((channel) => (
          <li key={channel.name}>
            <strong>{channel.name}</strong>
            {channel.description ? <span className="block text-muted">{channel.description}</span> : null}
            {channel.phone ? (
              <a className="block" href={`tel:${channel.phone}`}>
                {t('channelPhone', { phone: channel.phone })}
              </a>
            ) : null}
            {channel.url ? (
              <a className="block" href={channel.url} rel="noopener noreferrer">
                {channel.url}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
