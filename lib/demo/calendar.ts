/**
 * Dates as whole days since 1970-01-01 (UTC). The generator works on integers
 * because building Date objects for a million people would dominate its cost.
 */

export const DAYS_PER_YEAR = 365.2425;

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's algorithm). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export type CivilDate = { year: number; month: number; day: number };

export function civilDate(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const twoDigits: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

export function pad2(value: number): string {
  return twoDigits[value] ?? String(value).padStart(2, '0');
}

export function isoDate(date: CivilDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Parses a strict `YYYY-MM-DD` that names a real calendar day, else null. */
export function parseIsoDate(value: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = civilDate(dayNumber(date.year, date.month, date.day));
  return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day
    ? date
    : null;
}

export function yearsBefore(days: number, years: number): number {
  return days - Math.round(years * DAYS_PER_YEAR);
}

export function ageOn(birth: CivilDate, on: CivilDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
