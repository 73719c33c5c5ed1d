import { describe, expect, it } from 'vitest';
import { ticketErrors, ticketInput } from '@/lib/tickets/schema';
import { normalizeTicketCode } from '@/lib/tickets/ticket-code';

const common = {
  submissionKey: 'abcdefghijklmnopqrstuv',
  villageCode: '35.78.05.1003',
  applicantName: 'Sri Wahyuni',
  applicantBirthDate: '1985-03-07',
  nik: '',
  phone: '',
};

const errorsOf = (fields: Record<string, unknown>) => {
  const parsed = ticketInput.safeParse(fields);
  return parsed.success ? {} : ticketErrors(parsed.error);
};

describe('ticket input', () => {
  it('accepts an usulan with its household members one per line', () => {
    const parsed = ticketInput.parse({
      ...common,
      kind: 'USULAN',
      kk: '3578 0501 0170 0001',
      address: 'Jl. Kedungdoro 12',
      reasons: 'Tidak punya penghasilan tetap.',
      members: 'Sri Wahyuni\r\n\r\n  Budi  \n',
    });
    expect(parsed).toMatchObject({
      kk: '3578050101700001',
      members: ['Sri Wahyuni', 'Budi'],
      nik: undefined,
    });
  });

  it('names what is missing for each kind', () => {
    expect(errorsOf({ ...common, kind: 'USULAN', kk: '', address: '', reasons: 'x', members: '' })).toEqual({
      kk: 'kkRequired',
      address: 'addressRequired',
      reasons: 'textTooShort',
      members: 'membersRequired',
    });
    expect(errorsOf({ ...common, kind: 'SANGGAHAN', recipientName: '', description: '' })).toMatchObject({
      recipientName: 'recipientRequired',
      reasonCategory: 'reasonCategoryRequired',
      description: 'descriptionRequired',
    });
    expect(
      errorsOf({ ...common, kind: 'PERBAIKAN_DATA', kk: '123', correctionType: 'X', description: 'a' }),
    ).toEqual({
      kk: 'kkFormat',
      correctionType: 'correctionTypeRequired',
      description: 'textTooShort',
    });
  });

  it('checks NIK, birth date and the form key', () => {
    expect(
      errorsOf({
        ...common,
        kind: 'SANGGAHAN',
        recipientName: 'Budi',
        reasonCategory: 'MAMPU',
        description: 'Punya mobil dan toko besar.',
        nik: '12345',
        applicantBirthDate: '2020-02-30',
        submissionKey: 'x',
      }),
    ).toEqual({ nik: 'nikFormat', applicantBirthDate: 'birthDateFormat', submissionKey: 'formExpired' });
  });
});

describe('ticket codes as residents type them', () => {
  it.each([
    ['ACDE-FGHJ', 'ACDE-FGHJ'],
    ['acde fghj', 'ACDE-FGHJ'],
    ['ACDEFGHJ', 'ACDE-FGHJ'],
    ['ACDE-FGH0', null],
    ['ACD', null],
  ])('%s → %s', (typed, code) => {
    expect(normalizeTicketCode(typed)).toBe(code);
  });
});
