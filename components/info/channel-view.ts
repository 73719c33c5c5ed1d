// Turns a configured complaint channel into what the page shows. The channel list is deployment
// configuration (PORTAL_COMPLAINT_CHANNELS), so links are built defensively: a phone number becomes a
// tel: link only from its digits, and only http(s) addresses become links.

export type ChannelInput = { name: string; description: string; phone?: string; url?: string };

export type ChannelView = {
  name: string;
  description: string;
  phone?: { label: string; href?: string };
  url?: { label: string; href?: string };
};

export function phoneHref(phone: string): string | undefined {
  const dialable = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(dialable) ? `tel:${dialable}` : undefined;
}

function webLink(address: string): { label: string; href?: string } {
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { label: address };
    const path = url.pathname === '/' ? '' : url.pathname;
    return { label: `${url.host}${path}${url.search}`, href: url.href };
  } catch {
    return { label: address };
  }
}

export function toChannelView(channel: ChannelInput, callLabel: (phone: string) => string): ChannelView {
  return {
    name: channel.name,
    description: channel.description,
    phone: channel.phone ? { label: callLabel(channel.phone), href: phoneHref(channel.phone) } : undefined,
    url: channel.url ? webLink(channel.url) : undefined,
  };
}
