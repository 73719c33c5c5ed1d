import 'server-only';
import { describeVillage } from '@/lib/regions';

// "Kedungdoro (Tegalsari)" for each village code, from the in-memory region catalog.
export async function villageNames(codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  const described = await Promise.all(unique.map((code) => describeVillage(code)));
  return new Map(
    described.flatMap((place, index) =>
      place ? [[unique[index] ?? '', `${place.village.name} (${place.district.name})`] as const] : [],
    ),
  );
}
