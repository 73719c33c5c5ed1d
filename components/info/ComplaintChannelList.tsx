import type { ChannelView } from './channel-view';

type ComplaintChannelListProps = { channels: ChannelView[]; emptyText: string };

export function ComplaintChannelList({ channels, emptyText }: ComplaintChannelListProps) {
  if (channels.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="space-y-3" data-testid="complaint-channels">
      {channels.map((channel) => (
        <li key={channel.name} className="rounded-md border border-slate-300 p-4">
          <h3 className="text-xl leading-snug font-bold">{channel.name}</h3>
          {channel.description ? <p className="text-muted">{channel.description}</p> : null}
          {channel.phone ? (
            <p className="mt-2">
              {channel.phone.href ? (
                <a href={channel.phone.href} className="inline-block py-1 text-lg font-bold">
                  {channel.phone.label}
                </a>
              ) : (
                <span className="text-lg font-bold">{channel.phone.label}</span>
              )}
            </p>
          ) : null}
          {channel.url ? (
            <p className="mt-2 break-words">
              {channel.url.href ? (
                <a href={channel.url.href} rel="noopener noreferrer" className="inline-block py-1 text-lg">
                  {channel.url.label}
                </a>
              ) : (
                <span className="text-lg">{channel.url.label}</span>
              )}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
