import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L, 5/S, 8/B: codes are read aloud over the phone and copied by hand.
const alphabet = 'ACDEFGHJKMNPQRTUVWXY234679';

// Two groups of four: 26^8 ≈ 2·10^11 codes, unguessable at the rate limits we allow.
export function readableCode(groups = 2, groupLength = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: groupLength }, () => alphabet[randomInt(alphabet.length)]).join(''),
  ).join('-');
}

export function isReadableCode(text: string, groups = 2, groupLength = 4): boolean {
  const group = `[${alphabet}]{${groupLength}}`;
  return new RegExp(`^${group}(-${group}){${groups - 1}}$`).test(text);
}
