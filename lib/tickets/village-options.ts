import 'server-only';
import { describeVillage } from '@/lib/regions';

export type VillageOption = { code: string; label: string };

// An operator's villages by name, for the selects of the staff pages.
export async function villageOptions(codes: readonly string[]): Promise<VillageOption[]> {
  return Promise.all(
    codes.map(async (code) => {
      const place = await describeVillage(code);
      return { code, label: place ? `${place.village.name}, ${place.district.name} (${code})` : code };
    }),
  );
}
