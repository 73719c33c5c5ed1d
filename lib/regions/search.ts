import type { RegionOption } from './codes';

// Residents type without capitals, accents or apostrophes ("buapuu" for "Bu Nuapu’u" is too
// much, but "nuapuu" should work), so both sides are folded the same way before a substring match.
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Options whose name contains the query anywhere ("bandung" → Kabupaten Bandung, Kota Bandung …). */
export function filterRegionOptions(
  options: readonly RegionOption[],
  query: string,
): readonly RegionOption[] {
  const needle = foldForSearch(query);
  if (needle === '') return options;
  return options.filter(([, name]) => foldForSearch(name).includes(needle));
}
