import { districtDigits } from '@/lib/registry';

/**
 * Hands out NIK and KK serials for one kecamatan at a time. The generator
 * emits villages sorted by code, so every kecamatan is finished before the
 * next starts and the counters can be reset: memory stays flat however many
 * persons are generated.
 */

// Encoded DDMMYY keys: the day part runs to 71 because women carry day + 40.
const nikKeys = 72 * 13 * 100;
const kkKeys = 32 * 13 * 100;

/** The highest serial the generator may hand out; 9000–9999 is reserved for demo residents. */
export const GENERATED_SERIAL_MAX = 8999;

/** Serials above this encode a NIK whose region digits were deliberately swapped. */
const DISPLACED_SERIAL_BASE = 5000;

function key(day: number, month: number, year: number): number {
  return (day * 13 + month) * 100 + (year % 100);
}

export class DistrictSerials {
  district = '';
  neighbour = '';
  private readonly nikCounts = new Uint16Array(nikKeys);
  private readonly displacedCounts = new Uint16Array(nikKeys);
  private readonly kkCounts = new Uint16Array(kkKeys);

  enter(districtCode: string): void {
    const digits = districtDigits(districtCode);
    if (digits === this.district) return;
    this.district = digits;
    this.neighbour = neighbourDistrict(digits);
    this.nikCounts.fill(0);
    this.displacedCounts.fill(0);
    this.kkCounts.fill(0);
  }

  /** 1–99 in any realistic village; only a single huge kecamatan would go past 99. */
  nikSerial(encodedDay: number, month: number, year: number): number {
    const k = key(encodedDay, month, year);
    const next = (this.nikCounts[k] ?? 0) + 1;
    this.nikCounts[k] = next;
    return next;
  }

  /** Serial for a NIK that carries `neighbour` as its region digits. */
  displacedNikSerial(encodedDay: number, month: number, year: number): number {
    const k = key(encodedDay, month, year);
    const next = (this.displacedCounts[k] ?? 0) + 1;
    this.displacedCounts[k] = next;
    return DISPLACED_SERIAL_BASE + next;
  }

  kkSerial(day: number, month: number, year: number): number {
    const k = key(day, month, year);
    const next = (this.kkCounts[k] ?? 0) + 1;
    this.kkCounts[k] = next;
    return next;
  }
}

/**
 * Pairs kecamatan numbers (01↔02, 03↔04, …) inside the same kabupaten. The
 * pairing is one-to-one, so a displaced NIK can only come from one kecamatan
 * and the counters above keep it unique.
 */
export function neighbourDistrict(district: string): string {
  const number = Number(district.slice(4, 6));
  // 00 and 99 never occur as kecamatan numbers, but pair them so the map stays total.
  const paired = (number % 2 === 1 ? number + 1 : number + 99) % 100;
  return district.slice(0, 4) + String(paired).padStart(2, '0');
}
