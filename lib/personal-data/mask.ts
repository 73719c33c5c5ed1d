// Pure masking rules for what may be displayed.

// Keeps the region part (digits 1–6) and the last two digits; hides the birth date
// and most of the serial: "320405********03".
export function maskIdentityNumber(digits: string): string {
  if (!/^\d{16}$/.test(digits)) return '****************';
  return `${digits.slice(0, 6)}********${digits.slice(14)}`;
}

// First and last letter of each word: "Siti Aminah" → "S**I A****H". A one- or
// two-letter word shows only its first letter, so "Ni" does not reveal itself whole.
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => {
      const letters = [...word.toUpperCase()];
      if (letters.length <= 2) return `${letters[0]}${'*'.repeat(letters.length - 1)}`;
      return `${letters[0]}${'*'.repeat(letters.length - 2)}${letters[letters.length - 1]}`;
    })
    .join(' ');
}
