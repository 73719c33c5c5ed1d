// The official list writes provinces and regencies in capitals ("KABUPATEN BANDUNG
// BARAT"); residents read "Kabupaten Bandung Barat". Acronyms stay in capitals.
const acronyms = new Set(['DKI', 'DI']);

export function toDisplayName(officialName: string): string {
  if (officialName !== officialName.toUpperCase()) return officialName;
  return officialName
    .toLowerCase()
    .split(' ')
    .map((word) =>
      acronyms.has(word.toUpperCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}
