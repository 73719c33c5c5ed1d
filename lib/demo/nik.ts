import { pad2, parseIsoDate, type CivilDate } from './calendar';
import type { Sex } from './types';

/**
 * NIK: 6 digits of the kecamatan of first registration, DDMMYY of birth with
 * 40 added to the day for women, and a 4-digit serial among people with the
 * same place and date. No. KK uses the same layout with the card's issue date.
 */

/** The highest serial the generator may hand out; 9000–9999 is reserved for demo residents. */
export const GENERATED_SERIAL_MAX = 8999;

/** `32.04.05` → `320405`. */
export function districtDigits(districtCode: string): string {
  if (!/^\d{2}\.\d{2}\.\d{2}$/.test(districtCode)) {
    throw new RangeError(`Not a dotted Kemendagri district code: ${districtCode}`);
  }
  return districtCode.slice(0, 2) + districtCode.slice(3, 5) + districtCode.slice(6, 8);
}

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

/** Fast path used by the generator: parts are already validated. */
export function idNumber(district: string, day: number, month: number, year: number, serial: number): string {
  return district + pad2(day) + pad2(month) + pad2(year % 100) + serialDigits(serial);
}

function requireDate(value: string): CivilDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  return date;
}

export function composeNik(districtCode: string, birthDate: string, sex: Sex, serial: number): string {
  const date = requireDate(birthDate);
  const day = sex === 'P' ? date.day + 40 : date.day;
  return idNumber(districtDigits(districtCode), day, date.month, date.year, serial);
}

export function composeKk(districtCode: string, issueDate: string, serial: number): string {
  const date = requireDate(issueDate);
  return idNumber(districtDigits(districtCode), date.day, date.month, date.year, serial);
}

export type NikAgreement = { region: boolean; birthDate: boolean; sex: boolean };

export function nikAgreesWith(
  nik: string,
  facts: { districtCode: string; birthDate: string; sex: Sex },
): NikAgreement {
  const date = parseIsoDate(facts.birthDate);
  if (!/^\d{16}$/.test(nik) || !date) return { region: false, birthDate: false, sex: false };
  const encodedDay = Number(nik.slice(6, 8));
  const isWoman = encodedDay > 40;
  const day = isWoman ? encodedDay - 40 : encodedDay;
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  return {
    region:
      /^\d{2}\.\d{2}\.\d{2}$/.test(facts.districtCode) &&
      nik.slice(0, 6) === districtDigits(facts.districtCode),
    birthDate: day === date.day && month === date.month && year === date.year % 100,
    sex: isWoman === (facts.sex === 'P'),
  };
}
