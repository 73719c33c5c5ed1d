// Pure masking rules for what may be displayed.

// Keeps the region part (digits 1–6) only: "320405**********". The birth date digits
// follow from a known birth date, so any serial digit shown would leave only a few
// guesses between a masked and a full NIK.
export function maskIdentityNumber(digits: string): string {
  if (!/^\d{16}$/.test(digits)) return '****************';
  return `${digits.slice(0, 6)}**********`;
}

// First and last letter of each word, punctuation kept: "Siti Aminah" → "S**I A****H",
// "Moch." → "M**H.". A two-letter word shows only its first letter, so "Ni" does not
// reveal itself whole.
function maskWord(word: string): string {
  const characters = [...word.toUpperCase()];
  const letterPositions = characters.flatMap((character, index) =>
    /[\p{L}\p{N}]/u.test(character) ? [index] : [],
  );
  const first = letterPositions[0];
  const last = letterPositions.length > 2 ? letterPositions[letterPositions.length - 1] : first;
  return characters
    .map((character, index) =>
      index === first || index === last || !letterPositions.includes(index) ? character : '*',
    )
    .join('');
}

export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map(maskWord)
    .join(' ');
}
