import { weightedDistance, isKeyboardNeighbour, substitutionCost } from './distance';
import { BIRTH_ORDER_NAMES, COMMON_TOKENS, GENDER_MARKERS } from './lexicon';
import { softForm } from './phonetic';

export type PreparedToken = {
  text: string;
  soft: string;
  /** A single letter, or 'muhammad' read from a leading 'M.': matches by first letter only. */
  initial: string | null;
  common: boolean;
  birthOrder: boolean;
};

export type TokenRelation = 'same' | 'variant' | 'typo' | 'initial' | 'distinct' | 'unrelated';
export type TokenComparison = { relation: TokenRelation; cost: number; note: string };

export function prepareToken(text: string, fromInitial = false): PreparedToken {
  return {
    text,
    soft: softForm(text),
    // Balinese 'I' is a gender marker, not an initial.
    initial: fromInitial || (text.length === 1 && !GENDER_MARKERS.has(text)) ? (text[0] ?? '') : null,
    common: COMMON_TOKENS.has(text),
    birthOrder: BIRTH_ORDER_NAMES.has(text),
  };
}

const VOWELS = 'aeiou';
const isVowel = (ch: string): boolean => VOWELS.includes(ch);

/**
 * How far a weighted distance may go before two tokens are different names.
 * Short names tolerate only spelling variants: in a 4-letter name one changed
 * consonant is usually another name (Hadi/Hari, Tri/Sri), not a slip.
 */
function allowance(length: number): number {
  if (length <= 4) return 0.35;
  if (length === 5) return 0.85;
  if (length === 6) return 1.0;
  if (length <= 8) return 1.3;
  return 1.8;
}

const SAME: TokenComparison = { relation: 'same', cost: 0, note: '' };
const UNRELATED: TokenComparison = { relation: 'unrelated', cost: 1, note: '' };
// How far beyond the typo allowance two tokens still count as "close" (for evidence notes).
const NEAR = 1.2;
const FIRST_LETTER_PENALTY = 0.5;

/**
 * Evidence at the end of two tokens. Indonesian names differ between people
 * mostly at the end: the final vowel marks gender or a different name (Ratna/Ratni,
 * Suparjo/Suparji), and an added ending is another name (Aminah/Aminatun).
 */
function addedEnding(a: string, b: string): string | null {
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  if (shorter.length >= 3 && longer.length - shorter.length >= 2 && longer.startsWith(shorter)) {
    return `'${longer}' adds the ending '${longer.slice(shorter.length)}' to '${shorter}' — likely a different person`;
  }
  return null;
}

function endingEvidence(a: string, b: string): string | null {
  const la = a.length;
  const lb = b.length;
  const ea = a[la - 1] ?? '';
  const eb = b[lb - 1] ?? '';
  if (ea !== eb) {
    if (isVowel(ea) && isVowel(eb))
      return `final vowel differs: '${a}' vs '${b}' — likely a different person`;
    if (isVowel(ea) || isVowel(eb)) return `ending differs: '${a}' vs '${b}' — likely a different person`;
    if (substitutionCost(ea, eb) > 0.5 && !(Math.min(la, lb) >= 6 && isKeyboardNeighbour(ea, eb))) {
      return `final letter differs: '${a}' vs '${b}' — likely a different person`;
    }
    return null;
  }
  const pa = a[la - 2] ?? '';
  const pb = b[lb - 2] ?? '';
  if (pa === pb || la !== lb) return null;
  // Javanese -man/-min, -an/-in: the vowel of the last syllable tells names apart (Suparman/Suparmin).
  if (isVowel(pa) && isVowel(pb) && !isVowel(ea) && substitutionCost(pa, pb) > 0.45) {
    return `vowel of the last syllable differs: '${a}' vs '${b}' — likely a different person`;
  }
  if (!isVowel(pa) && !isVowel(pb) && substitutionCost(pa, pb) > 0.8) {
    return `ending differs: '${a}' vs '${b}' — likely a different person`;
  }
  return null;
}

/** Compares two prepared tokens: how they relate and how much that costs. */
export function compareTokens(a: PreparedToken, b: PreparedToken): TokenComparison {
  if (a.text === b.text && a.initial === null && b.initial === null) return SAME;
  if (a.initial !== null || b.initial !== null) {
    if (a.initial !== null && b.initial !== null) return a.text === b.text ? SAME : UNRELATED;
    const letter = a.initial ?? b.initial ?? '';
    const full = a.initial === null ? a : b;
    return full.text.startsWith(letter)
      ? { relation: 'initial', cost: 0.4, note: `initial '${letter.toUpperCase()}.' taken as '${full.text}'` }
      : UNRELATED;
  }
  if (a.soft === b.soft)
    return { relation: 'variant', cost: 0.1, note: `spelling variant: '${a.text}' ~ '${b.text}'` };
  if (GENDER_MARKERS.has(a.text) || GENDER_MARKERS.has(b.text)) return UNRELATED;
  if (a.birthOrder && b.birthOrder) {
    return { relation: 'distinct', cost: 1, note: `different birth-order names: '${a.text}' vs '${b.text}'` };
  }
  const added = addedEnding(a.soft, b.soft);
  if (added !== null) return { relation: 'distinct', cost: 1, note: added };
  const minLength = Math.min(a.soft.length, b.soft.length);
  const limit = allowance(minLength);
  if (Math.abs(a.soft.length - b.soft.length) * 0.3 > limit + NEAR) return UNRELATED;
  // Residents type the first letter with care and spelling variants there are already folded,
  // so a different first letter (Malik/Khalik) weighs more than the same slip further in.
  const firstA = a.soft[0] ?? '';
  const firstB = b.soft[0] ?? '';
  const firstPenalty = firstA !== firstB && substitutionCost(firstA, firstB) > 0.5 ? FIRST_LETTER_PENALTY : 0;
  const d = weightedDistance(a.soft, b.soft) + firstPenalty;
  // Ending evidence only speaks for tokens that are otherwise close: Yusuf/Ismail are simply unrelated.
  if (d > limit + NEAR) return UNRELATED;
  const ending = endingEvidence(a.soft, b.soft);
  if (ending !== null) return { relation: 'distinct', cost: 1, note: ending };
  if (d <= limit)
    return { relation: 'typo', cost: d, note: `one token differs by a typo: '${a.text}' ~ '${b.text}'` };
  if (minLength <= 5) {
    return {
      relation: 'distinct',
      cost: 1,
      note: `one letter differs in a short name: '${a.text}' vs '${b.text}' — likely a different person`,
    };
  }
  return UNRELATED;
}
