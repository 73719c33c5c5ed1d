import { describe, expect, it } from 'vitest';
import { RegistrySource, StaffRole, TicketKind, TicketState } from '@/lib/db/generated/enums';
import { demoProgrammePeriods, demoSnapshots } from '@/lib/demo/seed/periods';
import { flagProblems } from '@/lib/import/problems';
import {
  isProgrammeCode,
  isRegistrySource,
  isWelfareGroup,
  paymentPeriodPattern,
  programmeCodes,
  programmeNames,
  qualityFlags,
  registrySources,
} from '@/lib/registry';
import { staffRoles } from '@/lib/staff/users/schema';
import { ticketKinds } from '@/lib/tickets/schema';
import { ticketStates } from '@/lib/tickets/transitions';

describe('lists derived from Prisma enums', () => {
  it.each([
    ['registry sources', registrySources, RegistrySource],
    ['staff roles', staffRoles, StaffRole],
    ['ticket kinds', ticketKinds, TicketKind],
    ['ticket states', ticketStates, TicketState],
  ] as const)('%s hold exactly the enum values, in the schema order', (_, list, prismaEnum) => {
    expect(list).toEqual(Object.values(prismaEnum));
  });

  // The tracking page draws these steps in this order.
  it('lists ticket states in the order a ticket passes through them', () => {
    expect(ticketStates).toEqual([
      'DIAJUKAN',
      'DIPERIKSA_DESA',
      'DIVERIFIKASI_DINSOS',
      'DITERUSKAN_PUSAT',
      'SELESAI',
      'DITOLAK',
    ]);
  });

  it.each([
    ['DTKS', true],
    ['DTSEN', true],
    ['dtks', false],
    [undefined, false],
  ] as const)('%s is a registry source: %s', (value, expected) => {
    expect(isRegistrySource(value)).toBe(expected);
  });
});

describe('programmes', () => {
  it('name every programme code and nothing else', () => {
    expect(Object.keys(programmeNames)).toEqual([...programmeCodes]);
  });

  it.each([
    ['PBI_JK', true],
    ['PKH', true],
    ['ATENSI', false],
    ['pkh', false],
  ])('%s is a programme code: %s', (code, expected) => expect(isProgrammeCode(code)).toBe(expected));
});

describe('paymentPeriodPattern', () => {
  const whole = new RegExp(`^${paymentPeriodPattern.source}$`);

  it.each(['2025-Q1', '2025-Q4', '2025-01', '2025-12'])('accepts %s', (period) => {
    expect(whole.test(period)).toBe(true);
  });

  it.each(['2025-Q5', '2025-Q0', '2025-13', '2025-00', '25-Q1', '2025Q1'])('refuses %s', (period) => {
    expect(whole.test(period)).toBe(false);
  });

  it('accepts the periods the demo registry is seeded with', () => {
    const periods = [
      demoProgrammePeriods.current.code,
      demoProgrammePeriods.previous.code,
      demoSnapshots.DTKS.period,
      demoSnapshots.DTSEN.period,
    ];
    expect(periods.filter((period) => !whole.test(period))).toEqual([]);
  });
});

describe('welfare groups and quality flags', () => {
  it.each([
    ['SANGAT_MISKIN', true],
    ['TIDAK_MISKIN', true],
    ['MAMPU', false],
    [null, false],
  ] as const)('%s is a welfare group: %s', (value, expected) => expect(isWelfareGroup(value)).toBe(expected));

  it('flags the import raises are quality flags a person may carry', () => {
    expect(qualityFlags).toEqual(expect.arrayContaining(Object.keys(flagProblems)));
  });
});
