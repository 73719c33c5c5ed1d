import type { Random } from '../random';
import { draw, namePool } from '../pool';
import type { Sex } from '@/lib/registry';

/**
 * How a canonical name ends up written on a KTP: Muhammad spelt many ways,
 * pre-1972 spelling on older people, and titles (hajj, degrees) added later.
 */

const muhammadVariants = namePool(
  'Muhamad 4, Mohammad 3, Mohamad 2, Moch. 3, Moh. 3, M. 3, Mochamad 2, Mochammad 1',
);
const degrees = namePool('S.Pd. 5, S.E. 3, S.H. 2, S.Kom. 1, A.Md. 2, S.Ag. 2, S.Sos. 2');

export type NameFacts = {
  birthYear: number;
  sex: Sex;
  age: number;
  /** Hajj titles only in Muslim naming traditions. */
  muslim: boolean;
  /** Old (Van Ophuijsen / Soewandi) spelling only where the tradition used it. */
  oldSpelling: boolean;
};

/** Sukarno → Soekarno, Joko → Djoko, Cahyono → Tjahjono, Yusuf → Joesoef. */
export function toOldSpelling(word: string): string {
  return word
    .replace(/j/g, 'dj')
    .replace(/J/g, 'Dj')
    .replace(/y/g, 'j')
    .replace(/Y/g, 'J')
    .replace(/c/g, 'tj')
    .replace(/C/g, 'Tj')
    .replace(/u/g, 'oe')
    .replace(/U/g, 'Oe');
}

function oldSpellingShare(birthYear: number): number {
  return birthYear < 1960 ? 0.45 : birthYear < 1972 ? 0.3 : birthYear < 1985 ? 0.06 : 0;
}

export function registeredName(rng: Random, canonical: string, facts: NameFacts): string {
  let name = canonical;
  if (name.includes('Muhammad') && rng.chance(0.3)) {
    name = name.replace('Muhammad', draw(rng, muhammadVariants));
  }
  if (facts.oldSpelling && rng.chance(oldSpellingShare(facts.birthYear))) {
    name = name.split(' ').map(toOldSpelling).join(' ');
  }
  if (facts.age < 23) return name;

  const prefixes: string[] = [];
  if (facts.birthYear >= 1940 && facts.birthYear <= 1968 && rng.chance(0.03)) {
    prefixes.push(facts.sex === 'L' ? 'Drs.' : 'Dra.');
  } else if (facts.sex === 'L' && facts.birthYear >= 1940 && facts.birthYear <= 1975 && rng.chance(0.01)) {
    prefixes.push('Ir.');
  }
  if (facts.muslim && facts.age >= 40 && rng.chance(0.08)) prefixes.push(facts.sex === 'L' ? 'H.' : 'Hj.');
  const suffix =
    prefixes.length === 0 && facts.birthYear >= 1955 && rng.chance(0.04) ? `, ${draw(rng, degrees)}` : '';
  return prefixes.length === 0 ? name + suffix : `${prefixes.join(' ')} ${name}${suffix}`;
}
