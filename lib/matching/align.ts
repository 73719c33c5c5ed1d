import { compareTokens, prepareToken, type PreparedToken, type TokenComparison } from './tokens';

export type Alignment = {
  pairs: { a: PreparedToken; b: PreparedToken; cmp: TokenComparison; ai: number; bi: number }[];
  unmatchedA: PreparedToken[];
  unmatchedB: PreparedToken[];
  /** The strongest "different person" evidence among tokens left unmatched on both sides. */
  distinct: TokenComparison | null;
  merged: boolean;
};

const RANK: Readonly<Record<string, number>> = { same: 0, variant: 1, typo: 2, initial: 3 };
const MAX = 8;
const ranks = new Int8Array(MAX * MAX);
const comparisons: (TokenComparison | undefined)[] = new Array<TokenComparison | undefined>(MAX * MAX);

/**
 * One-to-one assignment of tokens, best relations first (greedy is optimal enough
 * for names of at most a handful of tokens), so swapped order costs nothing here.
 * Equal spellings are paired first by string comparison; the weighted distance
 * runs only between tokens still unpaired, which keeps a lookup in microseconds.
 */
export function alignTokens(a: PreparedToken[], b: PreparedToken[]): Alignment {
  const n = Math.min(a.length, MAX);
  const m = Math.min(b.length, MAX);
  const usedA = [false, false, false, false, false, false, false, false];
  const usedB = [false, false, false, false, false, false, false, false];
  const pairs: Alignment['pairs'] = [];
  for (let i = 0; i < n; i++) {
    const ta = a[i];
    if (ta === undefined) continue;
    for (let j = 0; j < m; j++) {
      const tb = b[j];
      if (usedB[j] || tb === undefined || ta.soft !== tb.soft || (tb.initial !== null && ta.text !== tb.text))
        continue;
      usedA[i] = true;
      usedB[j] = true;
      pairs.push({ a: ta, b: tb, cmp: compareTokens(ta, tb), ai: i, bi: j });
      break;
    }
  }
  if (pairs.length < n && pairs.length < m) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const ta = a[i];
        const tb = b[j];
        const k = i * MAX + j;
        ranks[k] = -1;
        comparisons[k] = undefined;
        if (usedA[i] || usedB[j] || ta === undefined || tb === undefined) continue;
        const cmp = compareTokens(ta, tb);
        comparisons[k] = cmp;
        ranks[k] = RANK[cmp.relation] ?? -1;
      }
    }
    for (let rank = 2; rank <= 3; rank++) {
      for (let i = 0; i < n; i++) {
        if (usedA[i]) continue;
        for (let j = 0; j < m; j++) {
          if (usedB[j] || ranks[i * MAX + j] !== rank) continue;
          const ta = a[i];
          const tb = b[j];
          const cmp = comparisons[i * MAX + j];
          if (ta === undefined || tb === undefined || cmp === undefined) continue;
          usedA[i] = true;
          usedB[j] = true;
          pairs.push({ a: ta, b: tb, cmp, ai: i, bi: j });
          break;
        }
      }
    }
  }
  let distinct: TokenComparison | null = null;
  if (pairs.length < n && pairs.length < m) {
    for (let i = 0; i < n && distinct === null; i++) {
      for (let j = 0; j < m; j++) {
        const cmp = comparisons[i * MAX + j];
        if (!usedA[i] && !usedB[j] && cmp?.relation === 'distinct') {
          distinct = cmp;
          break;
        }
      }
    }
  }
  const unmatchedA = a.filter((_, i) => !usedA[i]);
  const unmatchedB = b.filter((_, j) => !usedB[j]);
  return { pairs, unmatchedA, unmatchedB, distinct, merged: false };
}

/**
 * Names written as one word or two (Nurhayati / Nur Hayati, Sitinurjanah): when both
 * sides keep unmatched tokens, try gluing two adjacent tokens of one side.
 */
export function alignWithMerges(a: PreparedToken[], b: PreparedToken[]): Alignment {
  const plain = alignTokens(a, b);
  if (plain.unmatchedA.length === 0 || plain.unmatchedB.length === 0) return plain;
  const fromA = tryMerge(a, b);
  if (fromA !== null) return fromA;
  const fromB = tryMerge(b, a);
  if (fromB === null) return plain;
  return {
    ...fromB,
    pairs: fromB.pairs.map((p) => ({ ...p, a: p.b, b: p.a, ai: p.bi, bi: p.ai })),
    unmatchedA: fromB.unmatchedB,
    unmatchedB: fromB.unmatchedA,
  };
}

/** Cheap test before building a glued token: some other token must start alike and be about as long. */
function couldMeet(left: PreparedToken, right: PreparedToken, other: PreparedToken[]): boolean {
  const length = left.soft.length + right.soft.length;
  for (const t of other) {
    if (t.initial === null && t.soft[0] === left.soft[0] && Math.abs(t.soft.length - length) <= 2)
      return true;
  }
  return false;
}

function tryMerge(side: PreparedToken[], other: PreparedToken[]): Alignment | null {
  for (let i = 0; i + 1 < side.length; i++) {
    const left = side[i];
    const right = side[i + 1];
    if (left === undefined || right === undefined || left.initial !== null || right.initial !== null)
      continue;
    if (!couldMeet(left, right, other)) continue;
    const glued = [...side.slice(0, i), prepareToken(left.text + right.text), ...side.slice(i + 2)];
    const result = alignTokens(glued, other);
    // The glued word must meet a written-out word, not an initial ('M.' is no evidence for 'muhammadridwan').
    const gluedPair = result.pairs.find((p) => p.ai === i);
    if (gluedPair === undefined || gluedPair.cmp.relation === 'initial') continue;
    if (result.unmatchedA.length === 0 || result.unmatchedB.length === 0) return { ...result, merged: true };
  }
  return null;
}
