// Dates as staff and residents in Indonesia read them, in Jakarta time.
export function formatDate(iso: string, locale: string, withTime = false): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: withTime ? 'medium' : 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
}
