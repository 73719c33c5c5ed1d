import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  isCalendarDay,
  shiftDay,
  wibDay,
} from '@/lib/formats/dates';

describe('WIB days', () => {
  it.each([
    ['2026-12-05T16:59:59.999Z', '2026-12-05'],
    ['2026-12-05T17:00:00.000Z', '2026-12-06'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('%s falls on %s in WIB', (iso, day) => {
    expect(wibDay(iso)).toBe(day);
    expect(wibDay(new Date(iso))).toBe(day);
  });

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-2-1', false],
    ['hari ini', false],
  ])('%s is a calendar day: %s', (day, expected) => expect(isCalendarDay(day)).toBe(expected));

  it.each([
    ['2026-01-30', 3, '2026-02-02'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-06', -29, '2026-11-07'],
  ])('%s shifted by %i days is %s', (day, days, expected) => expect(shiftDay(day, days)).toBe(expected));
});

describe('dates for people', () => {
  const lateEvening = '2026-12-05T17:30:00.000Z'; // 6 December, 00:30 WIB

  it('gives the WIB date in Indonesian and English, day first', () => {
    expect(formatDate(lateEvening, 'id')).toBe('6 Desember 2026');
    expect(formatDate(lateEvening, 'en')).toBe('6 December 2026');
  });

  it('gives the WIB date and time', () => {
    expect(formatDateTime(lateEvening, 'id')).toMatch(/^6 Desember 2026.*00[.:]30$/);
    expect(formatDateTime(new Date(lateEvening), 'en')).toMatch(/^6 December 2026.*00:30$/);
  });

  it('keeps a calendar day (a birth date) on its day', () => {
    expect(formatCalendarDay('1972-08-17', 'id')).toBe('17 Agustus 1972');
    expect(formatCalendarDay('1972-08-17', 'en', 'medium')).toBe('17 Aug 1972');
  });
});
