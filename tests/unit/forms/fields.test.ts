import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  birthDate,
  birthDateFromBoxes,
  kk,
  nik,
  optionalKk,
  optionalPersonName,
  personName,
  ticketCode,
  villageCode,
} from '@/lib/forms/fields';
import { newTicketCode } from '@/lib/tickets/ticket-code';

// The message a schema gives for a value, or null when it accepts it.
const problem = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'unknown');
};

describe('shared field schemas', () => {
  it.each([
    ['35.78.05.1003', null],
    [' 35.78.05.1003 ', null],
    ['35.78.05', 'villageRequired'],
    ['35780510003', 'villageRequired'],
    ['', 'villageRequired'],
  ])('village code %j → %s', (value, expected) => expect(problem(villageCode, value)).toBe(expected));

  it.each([
    ['Sri Wahyuni', null],
    ['Drs. H. Moch. Soebagio', null],
    ['', 'nameRequired'],
    ['Al', 'nameTooShort'],
    ['x'.repeat(101), 'nameTooLong'],
    ['Sri 123', 'nameCharacters'],
  ])('person name %j → %s', (value, expected) => expect(problem(personName(), value)).toBe(expected));

  it('names which name is missing, and lets an optional name be blank', () => {
    expect(problem(personName('recipientRequired'), '  ')).toBe('recipientRequired');
    expect(optionalPersonName.parse('  ')).toBeUndefined();
    expect(problem(optionalPersonName, 'Al')).toBe('nameTooShort');
  });

  it('reads a NIK typed with spaces, dots or dashes, and nothing as nothing', () => {
    expect(nik.parse('3578 0501.0170-0001')).toBe('3578050101700001');
    expect(nik.parse('')).toBeUndefined();
    expect(nik.parse(undefined)).toBeUndefined();
    expect(problem(nik, '35780501017')).toBe('nikFormat');
  });

  it('requires a No. KK where the form needs one', () => {
    expect(kk.parse('3578 0501 0170 0001')).toBe('3578050101700001');
    expect(problem(kk, '')).toBe('kkRequired');
    expect(problem(kk, undefined)).toBe('kkRequired');
    expect(problem(kk, '1234')).toBe('kkFormat');
    expect(optionalKk.parse('')).toBeUndefined();
    expect(problem(optionalKk, '1234')).toBe('kkFormat');
  });

  it.each([
    [{ birthDay: '7', birthMonth: '3', birthYear: '1985' }, '1985-03-07'],
    [{ birthDay: ' 07 ', birthMonth: '03', birthYear: '1985' }, '1985-03-07'],
    [{ birthDay: '', birthMonth: '', birthYear: '' }, ''],
    [{}, ''],
    [{ birthDay: '7', birthMonth: '', birthYear: '1985' }, 'invalid'],
    [{ birthDay: '7', birthMonth: '3', birthYear: '85' }, 'invalid'],
    [{ birthDay: 'x', birthMonth: '3', birthYear: '1985' }, 'invalid'],
  ])('three boxes %j → %j', (boxes, expected) => expect(birthDateFromBoxes(boxes)).toBe(expected));

  it.each([
    ['1985-03-07', null],
    ['', 'birthDateRequired'],
    ['invalid', 'birthDateFormat'],
    ['1985-02-30', 'birthDateFormat'],
    ['1899-12-31', 'birthDateRange'],
    ['2999-01-01', 'birthDateRange'],
  ])('birth date %j → %s', (value, expected) => expect(problem(birthDate, value)).toBe(expected));

  it('accepts a ticket code as printed, and nothing else', () => {
    const code = newTicketCode();
    expect(problem(ticketCode, code)).toBeNull();
    expect(problem(ticketCode, code.toLowerCase())).not.toBeNull();
    expect(problem(ticketCode, code.replace('-', ''))).not.toBeNull();
  });
});
