import { collapseDoubles, modernizeSpelling } from './spelling';

const VOWELS = 'aeiou';
const SY_DIGRAPH = /(^|[aeiou])sy/g;
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/**
 * The comparison form of a normalised token: spellings that Indonesian records use
 * interchangeably for one sound become one spelling, so they cost nothing later.
 * - kh → h inside a word (Achmad/Akhmad/Ahmad, Rachmat/Rahmat), → k at the start
 *   (Christian/Kristian, Chairul/Khairul/Kairul keep their initial consonant).
 * - sy, sh → s; initial ts → s; dz → z; dh → d; th → t; ph → f; gh → g; q → k; v → f:
 *   Arabic and Dutch transliterations with no contrast in Indonesian.
 * - ae → ai (Sulaeman/Sulaiman, Zaenal/Zainal).
 * - y between a consonant and a vowel → i, iy → i, uw → u (Mulyadi/Muliadi,
 *   Supriyadi/Supriadi, Haryanto/Hariyanto): the glide is optional in writing.
 * - final y → i (Yanty/Yanti); final h after a vowel is dropped (Aminah/Amina).
 * - a few Arabic names written with other vowels (Soleh/Saleh, Rohman/Rahman) take one form.
 * The final vowel itself is kept: it is what tells Ratna from Ratni.
 */
export function softForm(token: string): string {
  let t = token;
  if (t.startsWith('kh')) t = 'k' + t.slice(2);
  // sy is a digraph only at the start or after a vowel (Syaiful, Aisyah); after a consonant it is a slip.
  if (t.includes('sy')) t = t.replace(SY_DIGRAPH, '$1s');
  if (t.includes('h')) {
    t = t
      .replaceAll('kh', 'h')
      .replaceAll('sh', 's')
      .replaceAll('dh', 'd')
      .replaceAll('th', 't')
      .replaceAll('ph', 'f')
      .replaceAll('gh', 'g');
  }
  if (t.startsWith('ts')) t = t.slice(1);
  t = t.replaceAll('dz', 'z').replaceAll('q', 'k').replaceAll('v', 'f');
  t = t.replaceAll('ae', 'ai');
  if (t.includes('y') || t.includes('uw')) t = softenGlides(t);
  if (t.length > 2 && t.endsWith('y')) t = t.slice(0, -1) + 'i';
  if (t.length > 3 && t.endsWith('h') && isVowel(t[t.length - 2])) t = t.slice(0, -1);
  t = collapseDoubles(t);
  return SOFT_ALIASES.get(t) ?? t;
}

// Arabic names whose vowels Indonesian records write several ways; too short for the distance to forgive.
const SOFT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['sole', 'sale'],
  ['sali', 'sale'],
  ['solih', 'sale'],
  ['salih', 'sale'],
  ['rohman', 'rahman'],
  ['rohim', 'rahim'],
  ['rohmat', 'rahmat'],
  ['rohma', 'rahma'],
  ['husein', 'husin'],
  ['husain', 'husin'],
  ['yusup', 'yusuf'],
  ['yusof', 'yusuf'],
  ['osman', 'usman'],
  ['umar', 'umar'],
  ['omar', 'umar'],
  ['mahmut', 'mahmud'],
  ['mahmod', 'mahmud'],
]);

function softenGlides(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] ?? '';
    const prev = t[i - 1];
    const next = t[i + 1];
    if (ch === 'y' && i > 0 && isVowel(next)) {
      if (prev === 'i') continue;
      if (prev !== undefined && !isVowel(prev) && prev !== 'n') {
        out += 'i';
        continue;
      }
    }
    if (ch === 'w' && prev === 'u' && isVowel(next)) continue;
    out += ch;
  }
  return out;
}

// Consonant classes whose members Indonesian spellings swap freely.
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  b: 'p',
  p: 'p',
  f: 'p',
  v: 'p',
  d: 't',
  t: 't',
  g: 'k',
  k: 'k',
  c: 'k',
  q: 'k',
  j: 'j',
  y: 'j',
  z: 'j',
};

/**
 * A coarse phonetic key for Indonesian tokens (not Soundex, which is built for
 * English): the comparison form (see softForm), then the first letter (any vowel
 * as 'a', since Iskandar/Eskandar and Umar/Omar swap it), then the consonant
 * skeleton (initial h folded with k) with vowels, w and non-initial h dropped and swappable consonants
 * folded (b/p/f/v, d/t, g/k/c/q, j/y/z). Vowels go because they carry most
 * spelling variation (Rahman/Rohman, Santoso/Santosa); the key only gathers
 * candidates, and decideMatch still looks at the vowels.
 */
export function phoneticKey(token: string): string {
  const plain = token
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return skeleton(softForm(collapseDoubles(modernizeSpelling(plain, []))));
}

/** The skeleton of an already soft-formed token (phoneticKey without re-normalising). */
export function skeleton(soft: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i] ?? '';
    let sym: string;
    // An initial h is often Arabic kh written as k or h (Khairul/Hairul): fold it with k.
    if (i === 0) sym = isVowel(ch) ? 'a' : ch === 'h' ? 'k' : (CONSONANT_CLASS[ch] ?? ch);
    else if (isVowel(ch) || ch === 'h' || ch === 'w') {
      last = '';
      continue;
    } else sym = CONSONANT_CLASS[ch] ?? ch;
    if (sym !== last) out += sym;
    last = sym;
  }
  return out;
}
