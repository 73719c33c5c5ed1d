import type { Random } from './random';
import type { QualityFlag } from '@/lib/registry';

/**
 * Deliberate data-quality problems. Real registries hold NIKs whose digits
 * disagree with the recorded birth date, sex or region, and NIKs that Dukcapil
 * could not match; the portal must show these as "data tidak lengkap", so the
 * demo data carries them at roughly real rates (~3% mismatched, ~2% unmatched).
 */

export type NikDistortion = 'none' | 'sex' | 'birth-date' | 'region';

export type QualityPlan = { distortion: NikDistortion; unmatched: boolean };

const rates = { region: 0.012, birthDate: 0.01, sex: 0.008, unmatched: 0.02 } as const;

export function drawQualityPlan(rng: Random): QualityPlan {
  const roll = rng.next();
  const distortion: NikDistortion =
    roll < rates.region
      ? 'region'
      : roll < rates.region + rates.birthDate
        ? 'birth-date'
        : roll < rates.region + rates.birthDate + rates.sex
          ? 'sex'
          : 'none';
  return { distortion, unmatched: rng.chance(rates.unmatched) };
}

export const cleanPlan: QualityPlan = { distortion: 'none', unmatched: false };

export function flagsFor(plan: QualityPlan): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (plan.unmatched) flags.push('NIK_TIDAK_PADAN_DUKCAPIL');
  if (plan.distortion === 'birth-date') flags.push('NIK_TANGGAL_LAHIR_TIDAK_SESUAI');
  if (plan.distortion === 'sex') flags.push('NIK_JENIS_KELAMIN_TIDAK_SESUAI');
  if (plan.distortion === 'region') flags.push('NIK_WILAYAH_TIDAK_SESUAI');
  return flags;
}

/** Typical clerical slips: a day or month off, a year mistyped. */
const birthDateSlips = [-1, 1, -10, 10, -31, 31, -365, 365, -3652] as const;

export function misrecordedBirthDay(rng: Random, birthDay: number, today: number): number {
  const slip = rng.pick(birthDateSlips);
  return birthDay + slip > today ? birthDay - Math.abs(slip) : birthDay + slip;
}
