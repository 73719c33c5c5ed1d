import { describe, expect, it } from 'vitest';
import { demoResidents, demoVillageCodes, generateRegistry, type GeneratedPerson } from '@/lib/demo';
import { balineseBirthOrderNames, toOldSpelling } from '@/lib/demo/names';
import { nikAgreesWith, type QualityFlag } from '@/lib/registry';
import {
  daysBetween,
  districtOf,
  groupByKk,
  registryState,
  sampleVillages,
  take,
  yearsBetween,
} from './fixtures';

const sample: readonly GeneratedPerson[] = [
  ...generateRegistry({ seed: 2025, persons: 2000, villages: sampleVillages }),
];
const large: readonly GeneratedPerson[] = [
  ...generateRegistry({ seed: 7, persons: 30_000, villages: sampleVillages }),
];

describe('determinism', () => {
  it('gives the identical sequence for the same seed, villages and count', () => {
    const again = [...generateRegistry({ seed: 2025, persons: 2000, villages: sampleVillages })];
    expect(again).toEqual(sample);
  });

  it('gives a different sequence for a different seed', () => {
    const other = [...generateRegistry({ seed: 2026, persons: 2000, villages: sampleVillages })];
    expect(other.map((p) => p.nik)).not.toEqual(sample.map((p) => p.nik));
    expect(other.map((p) => p.fullName)).not.toEqual(sample.map((p) => p.fullName));
  });

  it('produces exactly the requested number of persons', () => {
    expect(sample).toHaveLength(2000);
    expect([...generateRegistry({ seed: 1, persons: 0, villages: sampleVillages })]).toHaveLength(0);
    expect([...generateRegistry({ seed: 1, persons: 1, villages: sampleVillages })]).toHaveLength(1);
  });

  it('streams lazily, so a million-person run starts at once', () => {
    const first = take(generateRegistry({ seed: 1, persons: 1_000_000, villages: sampleVillages }), 50);
    expect(first).toHaveLength(50);
  });
});

describe('villages', () => {
  it('concentrates persons in about one village per 3,000', () => {
    const used = new Set(large.map((p) => p.villageCode));
    expect(used.size).toBe(10);
    expect(new Set(sample.map((p) => p.villageCode)).size).toBe(1);
  });

  it('never places generated persons in the demo villages', () => {
    const demo = new Set(demoVillageCodes);
    expect(large.some((p) => demo.has(p.villageCode))).toBe(false);
  });

  it('refuses village codes that are not dotted Kemendagri codes', () => {
    const bad = [{ code: '3204052001', districtCode: '320405', name: 'X' }];
    expect(() => [...generateRegistry({ seed: 1, persons: 10, villages: bad })]).toThrow(RangeError);
  });
});

describe('NIK and KK', () => {
  it('agrees with district, birth date and sex except where a mismatch is flagged', () => {
    const disagreements = large.filter((person) => {
      const agreement = nikAgreesWith(person.nik, {
        districtCode: districtOf(person.villageCode),
        birthDate: person.birthDate,
        sex: person.sex,
      });
      const flags = new Set(person.qualityFlags);
      return (
        agreement.region === flags.has('NIK_WILAYAH_TIDAK_SESUAI') ||
        agreement.birthDate === flags.has('NIK_TANGGAL_LAHIR_TIDAK_SESUAI') ||
        agreement.sex === flags.has('NIK_JENIS_KELAMIN_TIDAK_SESUAI')
      );
    });
    expect(disagreements).toEqual([]);
  });

  it('uses serials 0001–0099 for consistent NIKs', () => {
    const outOfRange = large
      .filter((p) => p.qualityFlags.length === 0)
      .map((p) => p.nik)
      .filter((nik) => !/^\d{12}00(0[1-9]|[1-9]\d)$/.test(nik));
    expect(outOfRange).toEqual([]);
  });

  it('never repeats a NIK, and gives each household its own KK', () => {
    expect(new Set(large.map((p) => p.nik)).size).toBe(large.length);
    const badKks = large.filter(
      (p) => !/^\d{16}$/.test(p.kk) || p.kk.slice(0, 6) !== districtOf(p.villageCode).replaceAll('.', ''),
    );
    expect(badKks).toEqual([]);
    // A KK that reappears after another household would mean two households share it.
    const seen = new Set<string>();
    let previous = '';
    for (const person of large) {
      if (person.kk !== previous) {
        expect(seen.has(person.kk), person.kk).toBe(false);
        seen.add(person.kk);
      }
      previous = person.kk;
    }
  });

  it('never collides with the demo residents', () => {
    const demoNiks = new Set(demoResidents.map((p) => p.nik));
    const demoKks = new Set(demoResidents.map((p) => p.kk));
    expect(large.some((p) => demoNiks.has(p.nik) || demoKks.has(p.kk))).toBe(false);
  });

  it('carries deliberate mismatches (~3%) and unmatched NIKs (~2%)', () => {
    const share = (flag: QualityFlag) =>
      large.filter((p) => p.qualityFlags.includes(flag)).length / large.length;
    const mismatched =
      large.filter((p) => p.qualityFlags.some((f) => f !== 'NIK_TIDAK_PADAN_DUKCAPIL')).length / large.length;
    expect(mismatched).toBeGreaterThan(0.02);
    expect(mismatched).toBeLessThan(0.04);
    expect(share('NIK_TIDAK_PADAN_DUKCAPIL')).toBeGreaterThan(0.012);
    expect(share('NIK_TIDAK_PADAN_DUKCAPIL')).toBeLessThan(0.028);
  });
});

describe('registry states', () => {
  it('covers every resident-facing state in a sample of 2,000', () => {
    const states = new Set(sample.map(registryState));
    expect([...states].sort()).toEqual(
      ['data-incomplete', 'dtsen-only', 'in-neither', 'receiving', 'registered-not-receiving'].sort(),
    );
  });

  it('keeps "in neither registry" small', () => {
    const neither = large.filter((p) => registryState(p) === 'in-neither').length / large.length;
    expect(neither).toBeGreaterThan(0.01);
    expect(neither).toBeLessThan(0.05);
  });

  it('shows status changes between periods', () => {
    const lostAid = large.filter(
      (p) =>
        registryState(p) === 'registered-not-receiving' &&
        p.programmes.some((e) => e.period === 'previous' && e.received),
    );
    expect(lostAid.length).toBeGreaterThan(0);
  });

  it('puts DTKS members mostly in desil 1–4 and lists programmes only for them', () => {
    const dtks = large.filter((p) => p.dtks !== null);
    const low = dtks.filter((p) => (p.dtsen?.desil ?? 99) <= 4).length;
    expect(low / dtks.length).toBeGreaterThan(0.75);
    expect(large.filter((p) => p.dtks === null && p.programmes.length > 0)).toEqual([]);
    const desils = new Set(large.map((p) => p.dtsen?.desil ?? 0));
    expect([...desils].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('follows programme eligibility', () => {
    const ineligible = large.filter((person) => {
      const desil = person.dtsen?.desil ?? 99;
      const codes = new Set(person.programmes.map((e) => e.code));
      const age = yearsBetween(person.birthDate, '2025-10-01');
      return (
        ((codes.has('PKH') || codes.has('PIP')) && desil > 4) ||
        ((codes.has('BPNT') || codes.has('PBI_JK') || codes.has('BLT')) && desil > 5) ||
        (codes.has('PIP') && (age < 6 || age > 21)) ||
        person.programmes.some((e) => e.remark.length === 0)
      );
    });
    expect(ineligible).toEqual([]);
  });

  it('explains unmatched NIKs in the current period', () => {
    const unmatched = large.filter(
      (p) => p.qualityFlags.includes('NIK_TIDAK_PADAN_DUKCAPIL') && p.dtks !== null,
    );
    for (const person of unmatched) {
      for (const entry of person.programmes.filter((e) => e.period === 'current')) {
        expect(entry).toMatchObject({ received: false, remark: 'Data belum padan Dukcapil' });
      }
    }
  });
});

describe('households', () => {
  const households = [...groupByKk(large).values()];

  it('has one head per KK and 1–7 members sharing village, RT/RW and address', () => {
    const odd = households.filter((members) => {
      const heads = members.filter((m) => m.familyRole === 'KEPALA_KELUARGA').length;
      const places = new Set(members.map((m) => `${m.villageCode}|${m.rt}|${m.rw}|${m.address}`));
      const rtRw = members.every((m) => /^\d{3}$/.test(m.rt) && /^\d{3}$/.test(m.rw));
      return members.length > 7 || heads !== 1 || places.size !== 1 || !rtRw;
    });
    expect(odd).toEqual([]);
  });

  it('keeps sexes consistent with roles', () => {
    const wrong = large.filter(
      (p) => (p.familyRole === 'ISTRI' && p.sex !== 'P') || (p.familyRole === 'SUAMI' && p.sex !== 'L'),
    );
    expect(wrong).toEqual([]);
    const sameSexCouples = households.filter((members) => {
      const head = members.find((m) => m.familyRole === 'KEPALA_KELUARGA');
      return members.some(
        (m) => (m.familyRole === 'ISTRI' || m.familyRole === 'SUAMI') && m.sex === head?.sex,
      );
    });
    expect(sameSexCouples).toEqual([]);
  });

  it('has children born after both parents turned 17, and grandparents a generation older', () => {
    const implausible = households.filter((members) => {
      const parents = members.filter((m) => ['KEPALA_KELUARGA', 'ISTRI', 'SUAMI'].includes(m.familyRole));
      const children = members.filter((m) => m.familyRole === 'ANAK');
      const elders = members.filter((m) => m.familyRole === 'ORANG_TUA');
      const youngParent = children.some((child) =>
        parents.some((parent) => yearsBetween(parent.birthDate, child.birthDate) < 17),
      );
      const youngElder = elders.some((elder) =>
        parents.every((parent) => daysBetween(elder.birthDate, parent.birthDate) < 17 * 365),
      );
      return youngParent || youngElder;
    });
    expect(implausible).toEqual([]);
  });

  it('gives Balinese children birth-order names that follow sibling order', () => {
    const balinese = households.filter((members) => members[0]?.villageCode.startsWith('51.'));
    let checked = 0;
    for (const members of balinese) {
      const children = members.filter((m) => m.familyRole === 'ANAK' && /^(I|Ni) /.test(m.fullName));
      const sorted = [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate));
      for (const child of children.filter((c) => !c.fullName.startsWith('I Gusti'))) {
        const order = members
          .filter((m) => m.familyRole === 'ANAK')
          .sort((a, b) => a.birthDate.localeCompare(b.birthDate))
          .indexOf(child);
        const orderName = child.fullName.split(' ')[1] ?? '';
        expect(balineseBirthOrderNames[order % 4], child.fullName).toContain(orderName);
        checked += 1;
      }
      expect(sorted.length).toBe(children.length);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('writes bin/binti with the given name of the father in the same KK', () => {
    let checked = 0;
    for (const members of households) {
      const father = members.find(
        (m) => m.sex === 'L' && ['KEPALA_KELUARGA', 'SUAMI'].includes(m.familyRole),
      );
      for (const child of members.filter((m) => m.familyRole === 'ANAK')) {
        const match = / bin(?:ti)? ([^,]+)/.exec(child.fullName);
        if (!match?.[1] || !father) continue;
        // The father's own record may carry an old spelling or a Muhammad variant of the same name.
        const given = match[1];
        const last = given.split(' ').at(-1) ?? given;
        const spellings = [given, toOldSpelling(given), last, toOldSpelling(last)];
        expect(
          spellings.some((s) => father.fullName.includes(s)),
          `${child.fullName} / ${father.fullName}`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('names', () => {
  it('repeats common names, as real villages do', () => {
    const counts = new Map<string, number>();
    for (const person of large) counts.set(person.fullName, (counts.get(person.fullName) ?? 0) + 1);
    const shared = [...counts.values()].filter((n) => n > 1).length;
    expect(shared).toBeGreaterThan(200);
  });

  it('carries titles and old spellings on a minority of records', () => {
    const decorated = large.filter((p) =>
      /^(H|Hj|Drs|Dra|Ir)\. |, [A-Z]|oe|Dj|Tj|^Moc?h\./.test(p.fullName),
    ).length;
    expect(decorated / large.length).toBeGreaterThan(0.03);
    expect(decorated / large.length).toBeLessThan(0.15);
  });
});
