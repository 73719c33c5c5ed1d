// The one dates module. Times are stored in UTC; people in Indonesia read them in western
// Indonesian time (WIB, UTC+7, no daylight saving), where most residents live, where a
// birthday turns over at midnight, and where the review pages draw their days.
// Pure: client components use it too.

const wibOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;
const timeZone = 'Asia/Jakarta';

type Moment = Date | string;

const asDate = (moment: Moment) => (typeof moment === 'string' ? new Date(moment) : moment);

// The WIB calendar day of a moment, YYYY-MM-DD.
export function wibDay(moment: Moment = new Date()): string {
  return new Date(asDate(moment).getTime() + wibOffsetMs).toISOString().slice(0, 10);
}

// A real calendar day: 2026-02-31 would reach the database's date cast and fail there.
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

// The calendar day `days` after (or before, if negative) a YYYY-MM-DD day.
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

// Day-first in both languages (British English reads like the Indonesian order), and
// months written out in full, as GOV.UK's style asks: nothing to decode.
const intlLocale = (locale: string) => (locale === 'id' ? 'id-ID' : 'en-GB');

// A moment's date for people ("6 Desember 2026" / "6 December 2026"), in WIB.
export function formatDate(moment: Moment, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(asDate(moment));
}

// A moment's date and time for people ("6 Desember 2026 pukul 11.56" / "6 December 2026
// at 11:56"), in WIB.
export function formatDateTime(moment: Moment, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(asDate(moment));
}

// A calendar day with no time of day (a birth date, YYYY-MM-DD) for people, the same
// day whatever the time zone.
export function formatCalendarDay(day: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
