import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoResidents, demoVillageCodes, type GeneratedPerson } from '@/lib/demo';
import { nikAgreesWith } from '@/lib/registry';
import { districtOf, groupByKk, registryState, yearsBetween, type RegistryState } from './fixtures';

/** Exactly the facts documented in docs/demo-residents.md. */
const documented: readonly (readonly [string, string, string, 'L' | 'P', RegistryState, string])[] = [
  ['Dede Supriatna', '32.04.05.2002', '1974-10-02', 'L', 'receiving', 'PKH BPNT PBI_JK'],
  ['Siti Aminah', '32.04.05.2002', '1978-03-07', 'P', 'receiving', 'PKH BPNT PBI_JK'],
  ['Siti Aminah', '32.04.05.2002', '1991-11-23', 'P', 'registered-not-receiving', ''],
  ['Siti Aminatun', '32.04.05.2002', '1983-05-30', 'P', 'dtsen-only', ''],
  ['Ujang Suryana', '32.04.05.2002', '1969-01-20', 'L', 'data-incomplete', ''],
  ['H. Moch. Soebagio', '35.78.05.1003', '1958-06-12', 'L', 'receiving', 'BPNT PBI_JK'],
  ['Sri Wahyuni', '35.78.05.1003', '1985-03-07', 'P', 'receiving', 'BPNT PBI_JK'],
  ['Djoko Tjahjono', '35.78.05.1003', '1949-02-17', 'L', 'registered-not-receiving', ''],
  ['Tan Siok Lan', '35.78.05.1003', '1952-09-03', 'P', 'receiving', 'BPNT PBI_JK'],
  ['Lina Wijaya', '35.78.05.1003', '1987-04-18', 'P', 'dtsen-only', ''],
  ['I Wayan Sudarsana', '51.04.05.2002', '1970-04-22', 'L', 'receiving', 'PKH BPNT PBI_JK'],
  ['Ni Nyoman Sukerti', '51.04.05.2002', '1974-08-09', 'P', 'receiving', 'PKH BPNT PBI_JK'],
  ['I Putu Arya Wibawa', '51.04.05.2002', '2003-01-26', 'L', 'receiving', 'PKH BPNT PBI_JK'],
  ['Ni Made Ayu Lestari', '51.04.05.2002', '2007-09-15', 'P', 'receiving', 'PKH BPNT PBI_JK PIP'],
  ['Andi Muhammad Yusuf', '73.08.09.2007', '1965-12-05', 'L', 'data-incomplete', 'BPNT PBI_JK'],
  ['Sitti Hasnah', '73.08.09.2007', '1962-07-01', 'P', 'receiving', 'BPNT PBI_JK'],
  ['Ambo Dalle', '73.08.09.2007', '1996-03-14', 'L', 'in-neither', ''],
];

function find(name: string, birthDate: string): GeneratedPerson | undefined {
  return demoResidents.find((p) => p.fullName === name && p.birthDate === birthDate);
}

function receivedNow(person: GeneratedPerson): string {
  return person.programmes
    .filter((e) => e.period === 'current' && e.received)
    .map((e) => e.code)
    .join(' ');
}

describe('demo residents', () => {
  it('are exactly the documented set', () => {
    expect(demoResidents).toHaveLength(documented.length);
  });

  it.each(documented)(
    '%s (%s, born %s) is present with the documented facts',
    (name, village, birthDate, sex, state, received) => {
      const person = find(name, birthDate);
      expect(person).toBeDefined();
      if (!person) return;
      expect(person.villageCode).toBe(village);
      expect(person.sex).toBe(sex);
      expect(registryState(person)).toBe(state);
      expect(receivedNow(person)).toBe(received);
    },
  );

  it('live only in the four demo villages', () => {
    expect(demoVillageCodes).toEqual(['32.04.05.2002', '35.78.05.1003', '51.04.05.2002', '73.08.09.2007']);
    expect(demoResidents.every((p) => demoVillageCodes.includes(p.villageCode))).toBe(true);
  });

  it('documents one fictional NIK for the NIK + name test', () => {
    expect(find('Sri Wahyuni', '1985-03-07')?.nik).toBe('3578054703859001');
  });

  it('use serials from the reserved 9000–9999 range, unique NIKs and KKs per household', () => {
    for (const person of demoResidents) {
      expect(Number(person.nik.slice(12))).toBeGreaterThanOrEqual(9000);
      expect(Number(person.kk.slice(12))).toBeGreaterThanOrEqual(9000);
    }
    expect(new Set(demoResidents.map((p) => p.nik)).size).toBe(demoResidents.length);
  });

  it('have consistent NIKs except the one flagged with a birth-date mismatch', () => {
    for (const person of demoResidents) {
      const agreement = nikAgreesWith(person.nik, {
        districtCode: districtOf(person.villageCode),
        birthDate: person.birthDate,
        sex: person.sex,
      });
      const wrongDate = person.qualityFlags.includes('NIK_TANGGAL_LAHIR_TIDAK_SESUAI');
      expect(agreement, person.fullName).toEqual({ region: true, birthDate: !wrongDate, sex: true });
    }
    expect(find('Andi Muhammad Yusuf', '1965-12-05')?.qualityFlags).toEqual([
      'NIK_TANGGAL_LAHIR_TIDAK_SESUAI',
    ]);
    expect(find('Ujang Suryana', '1969-01-20')?.qualityFlags).toEqual(['NIK_TIDAK_PADAN_DUKCAPIL']);
  });

  it('include exact namesakes and a near-namesake in one village', () => {
    const inCileunyiWetan = demoResidents.filter((p) => p.villageCode === '32.04.05.2002');
    const sitiAminah = inCileunyiWetan.filter((p) => p.fullName === 'Siti Aminah');
    expect(new Set(sitiAminah.map((p) => p.birthDate)).size).toBe(2);
    expect(inCileunyiWetan.some((p) => p.fullName === 'Siti Aminatun')).toBe(true);
  });

  it('show a status change: received last period, not this one', () => {
    const djoko = find('Djoko Tjahjono', '1949-02-17');
    expect(djoko?.programmes).toContainEqual({
      code: 'BLT',
      period: 'previous',
      received: true,
      remark: 'Sudah disalurkan',
    });
    expect(djoko?.programmes).toContainEqual({
      code: 'BLT',
      period: 'current',
      received: false,
      remark: 'Tidak memenuhi kriteria komponen',
    });
  });

  it('form sane households', () => {
    for (const members of groupByKk(demoResidents).values()) {
      expect(members.filter((m) => m.familyRole === 'KEPALA_KELUARGA')).toHaveLength(1);
      const head = members.find((m) => m.familyRole === 'KEPALA_KELUARGA');
      for (const child of members.filter((m) => m.familyRole === 'ANAK')) {
        expect(yearsBetween(head?.birthDate ?? '', child.birthDate)).toBeGreaterThanOrEqual(17);
      }
    }
  });
});

describe('docs/demo-residents.md', () => {
  const doc = readFileSync(path.join(import.meta.dirname, '../../../docs/demo-residents.md'), 'utf8');
  // Table cells may be padded by the formatter.
  const row = (p: GeneratedPerson) =>
    new RegExp(
      `\\|\\s*${p.fullName.replaceAll('.', '\\.')}\\s*\\|\\s*${p.birthDate}\\s*\\|\\s*${p.sex}\\s*\\|`,
    );

  it('lists every demo resident with name, birth date and sex', () => {
    const missing = demoResidents.filter((p) => !row(p).test(doc));
    expect(missing.map((p) => p.fullName)).toEqual([]);
  });

  it('puts each resident under the heading of their village', () => {
    for (const person of demoResidents) {
      const section = doc.split('\n### ').find((s) => s.includes(`(\`${person.villageCode}\`)`)) ?? '';
      expect(row(person).test(section), person.fullName).toBe(true);
    }
  });

  it('shows no full NIK except the fictional one for the NIK + name test', () => {
    expect(doc.match(/\d{16}/g)).toEqual(['3578054703859001']);
  });
});
