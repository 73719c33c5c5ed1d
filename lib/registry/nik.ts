import type { Sex } from './vocabulary';

/**
 * NIK: 6 digits of the kecamatan of first registration, DDMMYY of birth with
 * 40 added to the day for women, and a 4-digit serial among people with the
 * same place and date. No. KK uses the same layout with the card's issue date.
 */

export const identityNumberPattern = /^\d{16}$/;

const districtCodePattern = /^\d{2}\.\d{2}\.\d{2}$/;

/** `32.04.05` → `320405`. */
export function districtDigits(districtCode: string): string {
  if (!districtCodePattern.test(districtCode)) {
    throw new RangeError(`Not a dotted Kemendagri district code: ${districtCode}`);
  }
  return districtCode.slice(0, 2) + districtCode.slice(3, 5) + districtCode.slice(6, 8);
}

const twoDigits: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function serialDigits(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`NIK serial must be 1–9999, got ${serial}`);
  }
  return serial < 10
    ? `000${serial}`
    : serial < 100
      ? `00${serial}`
      : serial < 1000
        ? `0${serial}`
        : String(serial);
}

function pad2(value: number): string {
  return twoDigits[value] ?? String(value).padStart(2, '0');
}

/** Fast path for callers whose parts are already valid (the demo generator, per person). */
export function identityNumber(
  district: string,
  day: number,
  month: number,
  year: number,
  serial: number,
): string {
  return district + pad2(day) + pad2(month) + pad2(year % 100) + serialDigits(serial);
}

type CalendarDate = { year: number; month: number; day: number };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A strict `YYYY-MM-DD` that names a real calendar day, else null. */
function calendarDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const real =
    date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
  return real ? date : null;
}

function requireDate(value: string): CalendarDate {
  const date = calendarDate(value);
  if (!date) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  return date;
}

export function composeNik(districtCode: string, birthDate: string, sex: Sex, serial: number): string {
  const date = requireDate(birthDate);
  const day = sex === 'P' ? date.day + 40 : date.day;
  return identityNumber(districtDigits(districtCode), day, date.month, date.year, serial);
}

export function composeKk(districtCode: string, issueDate: string, serial: number): string {
  const date = requireDate(issueDate);
  return identityNumber(districtDigits(districtCode), date.day, date.month, date.year, serial);
}

// Digits 7–12 of a NIK are DDMMYY with 40 added to the day for women; other values
// cannot come from Dukcapil.
export function nikDateIsPossible(nik: string): boolean {
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  return ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
}

export type NikAgreement = { region: boolean; birthDate: boolean; sex: boolean };

// Which parts of a NIK agree with what the registry says of its holder. A disagreement
// is a data-quality flag, not a reason to drop the person.
export function nikAgreesWith(
  nik: string,
  facts: { districtCode: string; birthDate: string; sex: Sex },
): NikAgreement {
  const date = calendarDate(facts.birthDate);
  if (!identityNumberPattern.test(nik) || !date) return { region: false, birthDate: false, sex: false };
  const encodedDay = Number(nik.slice(6, 8));
  const isWoman = encodedDay > 40;
  const day = isWoman ? encodedDay - 40 : encodedDay;
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  return {
    region:
      districtCodePattern.test(facts.districtCode) && nik.slice(0, 6) === districtDigits(facts.districtCode),
    birthDate: day === date.day && month === date.month && year === date.year % 100,
    sex: isWoman === (facts.sex === 'P'),
  };
}
