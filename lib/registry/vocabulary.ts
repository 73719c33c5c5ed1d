// The words the registries are written in. Where the schema has an enum, the list is
// Prisma's own: the generated `enums` file holds only constants, so client components
// may import this module too.
import { DtksStatus, FamilyRole, RegistrySource, Sex, SnapshotState } from '@/lib/db/client';

export { DtksStatus, FamilyRole, RegistrySource, Sex, SnapshotState };

export const registrySources: readonly RegistrySource[] = Object.values(RegistrySource);

export function isRegistrySource(value: string | undefined): value is RegistrySource {
  return registrySources.some((source) => source === value);
}

// DTSEN welfare groups, poorest first. The file may deliver one (a free text column);
// otherwise lib/status derives it from the desil.
export const welfareGroups = [
  'SANGAT_MISKIN',
  'MISKIN',
  'HAMPIR_MISKIN',
  'RENTAN_MISKIN',
  'TIDAK_MISKIN',
] as const;
export type WelfareGroup = (typeof welfareGroups)[number];

export function isWelfareGroup(value: string | null): value is WelfareGroup {
  return value !== null && (welfareGroups as readonly string[]).includes(value);
}

// Data-quality flags a person may carry: the NIK not matched at Dukcapil, or digits of
// the NIK that disagree with the birth date, sex or region the registry gives.
export const qualityFlags = [
  'NIK_TIDAK_PADAN_DUKCAPIL',
  'NIK_TANGGAL_LAHIR_TIDAK_SESUAI',
  'NIK_JENIS_KELAMIN_TIDAK_SESUAI',
  'NIK_WILAYAH_TIDAK_SESUAI',
] as const;
export type QualityFlag = (typeof qualityFlags)[number];
